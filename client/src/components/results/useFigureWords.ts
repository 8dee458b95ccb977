import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { FigureWords } from '../../lib/results/figures';

/** The words of figures in the reader's language; `minGroupSize` fills "alle N vastausta". */
export function useFigureWords(minGroupSize: number): FigureWords {
  const { t } = useTranslation('results');
  const format = useFormat();
  return useMemo(
    () => ({
      mean: (value: number) => format.mean(value),
      integer: (value: number) => format.integer(value),
      band: (band) => t(`band.${band}`),
      hidden: (reason) =>
        reason === 'small'
          ? t('figure.hidden', { count: minGroupSize })
          : reason === 'complementary'
            ? t('figure.withheldComplementary')
            : t('figure.withheldPart'),
      suppressed: () => t('figure.suppressedSmall', { count: minGroupSize }),
      empty: t('figure.empty'),
    }),
    [t, format, minGroupSize],
  );
}
