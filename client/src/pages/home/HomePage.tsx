import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localize } from '../../../../server/src/instrument/text';
import type { RoundSummary } from '../../../../server/src/rounds/types';
import { useRound, useRounds } from '../../api/hooks';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLanguage } from '../../i18n/useLanguage';
import { ContinueActions } from './ContinueActions';
import { OrganisationSelect } from './OrganisationSelect';
import { RoundPicker } from './RoundPicker';

/** The open round if there is one, else the first listed. */
function defaultRound(rounds: RoundSummary[] | undefined): string | undefined {
  return (rounds?.find((r) => r.status === 'open') ?? rounds?.[0])?.id;
}

/**
 * Choose a round and an organisation, then fill in or see results. The
 * choice lives in the query string, so "back" from a page keeps it.
 */
export function HomePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('home.documentTitle'));
  const [params, setParams] = useSearchParams();
  const rounds = useRounds();
  const roundId = params.get('round') ?? defaultRound(rounds.data);
  const round = useRound(roundId && rounds.data?.some((r) => r.id === roundId) ? roundId : undefined);
  const organisationId = params.get('organisation') ?? '';
  const organisation = round.data?.organisations.find((o) => o.id === organisationId);

  const choose = (next: { round?: string; organisation?: string }) => {
    const merged = { round: roundId ?? '', organisation: organisationId, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v)), { replace: true });
  };

  return (
    <div className="page">
      <div className="intro">
        <h1 tabIndex={-1}>{t('app.name')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </div>

      <section className="step" aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{t('home.roundsHeading')}</h2>
        {rounds.loading && <Loading />}
        {rounds.error && <ErrorNotice error={rounds.error} onRetry={rounds.reload} />}
        {rounds.data?.length === 0 && <p>{t('home.noRounds')}</p>}
        {rounds.data && rounds.data.length > 0 && (
          <RoundPicker rounds={rounds.data} selectedId={roundId} onSelect={(id) => choose({ round: id })} />
        )}
      </section>

      {roundId && rounds.data && rounds.data.length > 0 && (
        <section className="step" aria-labelledby="organisation-heading">
          <h2 id="organisation-heading">{t('home.organisationHeading')}</h2>
          {round.loading && <Loading />}
          {round.error && <ErrorNotice error={round.error} onRetry={round.reload} />}
          {round.data && (
            <>
              <p className="muted">
                {t('home.instrumentTitle', {
                  title: localize(round.data.instrument.title, language),
                  version: round.data.instrumentVersion,
                })}
              </p>
              {round.data.organisations.length === 0 ? (
                <p>{t('home.noOrganisations')}</p>
              ) : (
                <OrganisationSelect
                  organisations={round.data.organisations}
                  value={organisation?.id ?? ''}
                  onChange={(id) => choose({ organisation: id })}
                />
              )}
            </>
          )}
        </section>
      )}

      {round.data && (
        <section className="step" aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t('home.actionsHeading')}</h2>
          <ContinueActions round={round.data} organisationId={organisation?.id} />
        </section>
      )}
    </div>
  );
}
