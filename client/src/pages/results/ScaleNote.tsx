import type { Scale } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';

/** What the numbers mean: the scale's end points and the 0–100 index. */
export function ScaleNote({ scale }: { scale: Scale | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!scale) return null;
  const label = (value: number) => localize(scale.labels.find((l) => l.value === value)?.text, language);
  return (
    <p className="scale-note">
      <strong>{t('results.scale')}:</strong>{' '}
      {t('results.scaleRange', {
        min: scale.min,
        max: scale.max,
        minLabel: label(scale.min),
        maxLabel: label(scale.max),
      })}
      . {t('results.indexNote')}
    </p>
  );
}
