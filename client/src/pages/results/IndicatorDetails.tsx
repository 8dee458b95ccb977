import type { Scale } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { IndicatorResult } from '@shared/results/types';
import { useTranslation } from 'react-i18next';
import { FigureView } from '../../components/results/FigureView';
import { useLanguage } from '../../i18n/useLanguage';
import { scaleValues } from '../../lib/results/chartData';
import { type FigureWords, figureState } from '../../lib/results/figures';
import type { ElementText } from './useElementText';

type Props = { indicator: IndicatorResult; scale: Scale; elements: ElementText; words: FigureWords };

/** One indicator opened: own, region and country figures, the answers by value, and the "how?" evidence texts. */
export function IndicatorDetails({ indicator, scale, elements, words }: Props) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const number = elements.number(indicator.id);
  const scaleLabel = (value: number) => localize(scale.labels.find((l) => l.value === value)?.text, language);
  return (
    <details className="indicator">
      <summary>
        <span className="indicator__title">{elements.label(indicator.id)}</span>{' '}
        <FigureView state={figureState(indicator)} words={words} />
      </summary>
      <dl className="facts indicator__compare">
        {(['region', 'country'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`series.${key}`)}</dt>
            <dd>
              <FigureView state={figureState(indicator[key])} words={words} />
            </dd>
          </div>
        ))}
      </dl>
      {!indicator.hidden && (
        <table className="result-table indicator__table">
          <caption>{t('table.indicatorCaption', { number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.value')}</th>
              <th scope="col" className="num">
                {t('table.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {scaleValues(scale).map((value) => (
              <tr key={value}>
                <th scope="row">
                  {value} {scaleLabel(value)}
                </th>
                <td className="num">{indicator.distribution.find((d) => d.value === value)?.count ?? 0}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('table.notApplicable')}</th>
              <td className="num">{indicator.notApplicable}</td>
            </tr>
          </tbody>
        </table>
      )}
      <h5 className="indicator__evidence-title">{t('report.evidenceTitle', { count: indicator.texts.length })}</h5>
      {indicator.texts.length > 0 ? (
        <ul className="evidence">
          {indicator.texts.map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: texts have no ids; the order is the server's
            <li key={i}>{text}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('report.noEvidence')}</p>
      )}
    </details>
  );
}
