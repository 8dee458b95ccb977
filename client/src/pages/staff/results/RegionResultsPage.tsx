import { localize } from '@shared/instrument/text';
import type { RegionResults } from '@shared/results/types';
import type { RoundDetail } from '@shared/rounds/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { downloads, useRegionResults } from '../../../api/results';
import { useRound } from '../../../api/staff';
import { useNameText } from '../../../components/LocalName';
import { ExportLinks } from '../../../components/results/ExportLinks';
import { HeatmapTable } from '../../../components/results/HeatmapTable';
import { StandardKey } from '../../../components/results/StandardKey';
import { useFigureWords } from '../../../components/results/useFigureWords';
import { useLanguage } from '../../../i18n/useLanguage';
import { paths, staffPaths } from '../../../lib/paths';
import { heatRow } from '../../../lib/results/heatmap';
import { useElementText } from '../../results/useElementText';
import { RoundResultsFrame } from './RoundResultsFrame';
import { useHeatColumns } from './useHeatColumns';

function RegionHeatmap({ round, results }: { round: RoundDetail; results: RegionResults }) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const elements = useElementText(round.instrument);
  const words = useFigureWords(results.minGroupSize);
  const { groups, standardIds } = useHeatColumns(round.instrument, elements);
  const nameText = useNameText();
  const rows = useMemo(
    () =>
      results.organisations.map((o) =>
        heatRow(o.organisation.id, nameText(o.organisation.name, o.organisation.language), o, standardIds),
      ),
    [results, standardIds, nameText],
  );
  const regionName = localize(results.region.name, language);
  const total = heatRow('total', t('heatmap.total'), results.total, standardIds, true);
  return (
    <>
      <p>{t('heatmap.regionIntro')}</p>
      <HeatmapTable
        caption={t('heatmap.caption', { title: regionName })}
        firstColumn={t('heatmap.organisation')}
        groups={groups}
        rows={rows}
        total={total}
        words={words}
        rowExtra={(row) => (
          <span className="heat-row__links no-print">
            <Link to={paths.results(round.id, row.id)}>
              {t('heatmap.report')}
              <span className="visually-hidden">: {row.label}</span>
            </Link>
            <Link to={staffPaths.plan(round.id, row.id)}>
              {t('heatmap.plan')}
              <span className="visually-hidden">: {row.label}</span>
            </Link>
          </span>
        )}
      />
      <StandardKey groups={groups} />
    </>
  );
}

/** A region's organisations side by side, standard by standard (coordinators of the region, administrators). */
export default function RegionResultsPage() {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const { roundId, regionCode } = useParams();
  const round = useRound(roundId);
  const results = useRegionResults(roundId, regionCode);
  const regionName = results.data ? localize(results.data.region.name, language) : (regionCode ?? '');
  const title = t('heatmap.regionTitle', { region: regionName });

  return (
    <RoundResultsFrame title={title} round={round} results={results}>
      {(roundData, data) =>
        roundId &&
        regionCode && (
          <>
            <ExportLinks
              links={(['csv', 'xlsx'] as const).map((format) => ({
                href: downloads.region(roundId, regionCode, format, language),
                label: t(`export.${format}`),
              }))}
              onPrint={() => window.print()}
            />
            <RegionHeatmap round={roundData} results={data} />
          </>
        )
      }
    </RoundResultsFrame>
  );
}
