import type { NumberedElement } from '@shared/instrument/numbering';
import { localize } from '@shared/instrument/text';
import type { AreaResult } from '@shared/results/types';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { type OwnAnswer, pairOwnAnswers } from './ownAnswers';

type Props = { area: AreaResult; numbered: Map<string, NumberedElement>; own: Map<string, OwnAnswer> };

/** The area's questions with the organisation's mean beside the practitioner's own answer (shown figures only). */
export function OwnAnswers({ area, numbered, own }: Props) {
  const { t } = useTranslation('respond');
  const format = useFormat();
  const language = useLanguage();
  const rows = pairOwnAnswers(area, own);
  if (rows.length === 0) return null;
  const ownText = (answer: OwnAnswer) =>
    answer.kind === 'value'
      ? format.integer(answer.value)
      : answer.kind === 'na'
        ? t('ownAnswers.notApplicable')
        : t('ownAnswers.none');
  return (
    <div className="table-scroll">
      <table className="result-table own-answers">
        <caption>{t('ownAnswers.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ownAnswers.question')}</th>
            <th scope="col" className="num">
              {t('ownAnswers.organisation')}
            </th>
            <th scope="col" className="num">
              {t('ownAnswers.yours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const info = numbered.get(row.indicatorId);
            return (
              <tr key={row.indicatorId}>
                <th scope="row">
                  <span className="result-table__number">{info?.number}</span>{' '}
                  {info ? localize(info.text, language) : row.indicatorId}
                </th>
                <td className="num">{t('ownAnswers.mean', { mean: format.mean(row.mean), n: row.n })}</td>
                <td className="num">{ownText(row.own)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
