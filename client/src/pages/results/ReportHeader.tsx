import { localize } from '@shared/instrument/text';
import type { OrganisationResults } from '@shared/results/types';
import type { RoundDetail } from '@shared/rounds/types';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** Who and what the report is about, and how many answered: the organisation, its region and the country. */
export function ReportHeader({ round, results }: { round: RoundDetail; results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const format = useFormat();
  return (
    <dl className="facts report-facts">
      <div>
        <dt>{t('report.round')}</dt>
        <dd>{localize(round.name, language)}</dd>
      </div>
      <div>
        <dt>{t('report.instrument')}</dt>
        <dd>
          {localize(round.instrument.title, language)} ({round.instrumentVersion})
        </dd>
      </div>
      <div>
        <dt>{t('report.responses')}</dt>
        <dd>n = {format.integer(results.responses)}</dd>
      </div>
      {results.participants !== null && (
        <div>
          <dt>{t('report.participants')}</dt>
          <dd>{t('report.participantsValue', { count: results.participants })}</dd>
        </div>
      )}
      <div>
        <dt>{t('report.regionResponses')}</dt>
        <dd>
          {localize(results.organisation.regionName, language)}: n = {format.integer(results.regionResponses)}
        </dd>
      </div>
      <div>
        <dt>{t('report.countryResponses')}</dt>
        <dd>n = {format.integer(results.countryResponses)}</dd>
      </div>
      <div>
        <dt>{t('report.minGroupSize')}</dt>
        <dd>{results.minGroupSize}</dd>
      </div>
    </dl>
  );
}
