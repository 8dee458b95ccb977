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
      hidden: t('figure.hidden', { count: minGroupSize }),
      suppressed: (reason) =>
        reason === 'small' ? t('figure.suppressedSmall', { count: minGroupSize }) : t('figure.suppressedComplementary'),
      empty: t('figure.empty'),
    }),
    [t, format, minGroupSize],
  );
}
