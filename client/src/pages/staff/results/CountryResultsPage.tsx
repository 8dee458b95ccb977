import { localize } from '@shared/instrument/text';
import type { CountryResults } from '@shared/results/types';
import type { RoundDetail } from '@shared/rounds/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { downloads, useCountryResults } from '../../../api/results';
import { useRound } from '../../../api/staff';
import { ExportLinks } from '../../../components/results/ExportLinks';
import { HeatmapTable } from '../../../components/results/HeatmapTable';
import { StandardKey } from '../../../components/results/StandardKey';
import { useFigureWords } from '../../../components/results/useFigureWords';
import { useLanguage } from '../../../i18n/useLanguage';
import { staffPaths } from '../../../lib/paths';
import { heatRow } from '../../../lib/results/heatmap';
import { useElementText } from '../../results/useElementText';
import { RoundResultsFrame } from './RoundResultsFrame';
import { useHeatColumns } from './useHeatColumns';

function CountryHeatmap({ round, results }: { round: RoundDetail; results: CountryResults }) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const elements = useElementText(round.instrument);
  const words = useFigureWords(results.minGroupSize);
  const { groups, standardIds } = useHeatColumns(round.instrument, elements);
  const rows = useMemo(
    () =>
      results.regions.map((r) =>
        heatRow(r.region.code, `${r.region.code} ${localize(r.region.name, language)}`, r, standardIds),
      ),
    [results, standardIds, language],
  );
  const organisationsOf = (code: string) => results.regions.find((r) => r.region.code === code)?.organisations ?? 0;
  const total = heatRow('total', t('heatmap.total'), results.total, standardIds, true);
  return (
    <>
      <p>{t('heatmap.countryIntro')}</p>
      <HeatmapTable
        caption={t('heatmap.caption', { title: t('heatmap.countryTitle') })}
        firstColumn={t('heatmap.regionColumn')}
        groups={groups}
        rows={rows}
        total={total}
        words={words}
        rowName={(row) =>
          row.total ? row.label : <Link to={staffPaths.regionResults(round.id, row.id)}>{row.label}</Link>
        }
        rowExtra={(row) => (
          <span className="heat-row__n">{t('heatmap.organisations', { count: organisationsOf(row.id) })}</span>
        )}
      />
      <StandardKey groups={groups} />
    </>
  );
}

/** Every region side by side, standard by standard, and the country's total (administrators). */
export default function CountryResultsPage() {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const { roundId } = useParams();
  const round = useRound(roundId);
  const results = useCountryResults(roundId);
  const title = t('heatmap.countryTitle');

  return (
    <RoundResultsFrame title={title} round={round} results={results}>
      {(roundData, data) =>
        roundId && (
          <>
            <ExportLinks
              links={[
                ...(['csv', 'xlsx'] as const).map((format) => ({
                  href: downloads.country(roundId, format, language),
                  label: t(`export.${format}`),
                })),
                { href: downloads.answers(roundId, language), label: t('export.answers') },
              ]}
              onPrint={() => window.print()}
            />
            <CountryHeatmap round={roundData} results={data} />
          </>
        )
      }
    </RoundResultsFrame>
  );
}
