import { useTranslation } from 'react-i18next';
import type { HeatColumnGroup } from './HeatmapTable';

/** What the heatmap's column numbers stand for. */
export function StandardKey({ groups }: { groups: HeatColumnGroup[] }) {
  const { t } = useTranslation('results');
  return (
    <details className="standard-key">
      <summary>{t('heatmap.standardsKey')}</summary>
      <dl>
        {groups.flatMap((group) =>
          group.columns.map((column) => (
            <div key={column.id}>
              <dt>{column.number}</dt>
              <dd>{column.text}</dd>
            </div>
          )),
        )}
      </dl>
    </details>
  );
}
