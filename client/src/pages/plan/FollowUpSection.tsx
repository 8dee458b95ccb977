import type { ActionFollowUp } from '@shared/actions/types';
import { localize } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';
import { FigureView } from '../../components/results/FigureView';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { type FigureWords, figureState, signedChange } from '../../lib/results/figures';
import type { ElementText } from '../results/useElementText';

type Props = { followUp: ActionFollowUp[]; elements: ElementText; words: FigureWords };

/** Earlier rounds' actions beside their target's mean then and now, and the change. */
export function FollowUpSection({ followUp, elements, words }: Props) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t('plan.followUpTitle')}</h2>
      <p>{t('plan.followUpIntro')}</p>
      {followUp.length === 0 ? (
        <p>{t('plan.noFollowUp')}</p>
      ) : (
        <ScrollRegion labelledBy="follow-up-caption">
          <table className="result-table">
            <caption id="follow-up-caption">{t('plan.followUpTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.roundOf')}</th>
                <th scope="col">{t('plan.action')}</th>
                <th scope="col">{t('plan.target')}</th>
                <th scope="col">{t('plan.status')}</th>
                <th scope="col">{t('plan.before')}</th>
                <th scope="col">{t('plan.after')}</th>
                <th scope="col" className="num">
                  {t('plan.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {followUp.map((item) => {
                const current = item.currentIds[0];
                return (
                  <tr key={item.id}>
                    <td>{localize(item.roundName, language)}</td>
                    <th scope="row">
                      {item.title}
                      <span className="muted table-sub"> · {item.responsible}</span>
                    </th>
                    <td>{current ? elements.label(current) : item.targetId}</td>
                    <td>{t(`status.${item.status}`)}</td>
                    <td>
                      <FigureView state={figureState(item.before)} words={words} />
                    </td>
                    <td>
                      <FigureView state={figureState(item.after)} words={words} />
                    </td>
                    <td className="num change">
                      {item.change === null ? '–' : signedChange(item.change, (v) => format.mean(v))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
