import type { InvitationMailResult, InvitationMailStatus, InvitationMailTargets } from '@shared/mail/types';
import type { OrganisationSummary } from '@shared/organisations/types';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mailRoundInvitations } from '../../../api/access';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { LocalName, useNameText } from '../../../components/LocalName';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useAction } from '../../../components/useAction';
import { useFormat } from '../../../i18n/format';
import { staffPaths } from '../../../lib/paths';
import { invitationGroups, invitationRecipients, invitationState } from './roundMail';
import { useMailErrorText } from './useMailErrorText';

type Props = {
  roundId: string;
  organisations: readonly OrganisationSummary[];
  status: InvitationMailStatus;
  isAdmin: boolean;
  /** Called after a send, so that the states shown are the server's again. */
  onSent: () => void;
};

function StateText({ state, mailedAt }: { state: ReturnType<typeof invitationState>; mailedAt: string | null }) {
  const { t } = useTranslation('access');
  const format = useFormat();
  if (state === 'sent') return <>{t('roundMailing.stateSent', { date: format.dateTime(mailedAt ?? '') })}</>;
  if (state === 'unsent') return <>{t('roundMailing.stateUnsent')}</>;
  return <strong>{t(state === 'noAddress' ? 'roundMailing.stateNoAddress' : 'roundMailing.stateNoLink')}</strong>;
}

/**
 * The round's invitations by mail: each organisation's contact address and
 * whether its current link went to it; send (after a confirmation) to those
 * not yet sent it, or to all again; then what went and what did not.
 */
export function InvitationMail({ roundId, organisations, status, isAdmin, onSent }: Props) {
  const { t } = useTranslation('access');
  const nameText = useNameText();
  const id = useId();
  const groups = useMemo(() => invitationGroups(status), [status]);
  const [to, setTo] = useState<InvitationMailTargets>('unsent');
  const [confirming, setConfirming] = useState(false);
  const action = useAction(useMailErrorText());
  const [result, setResult] = useState<InvitationMailResult>();
  const byId = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);
  const recipients = invitationRecipients(groups, to);
  const targets = groups.sent.length > 0 ? to : 'unsent';

  const send = () =>
    action.run(async () => {
      setResult(await mailRoundInvitations(roundId, targets));
      setConfirming(false);
      setTo('unsent');
      onSent();
    });

  const nameOf = (organisationId: string) => {
    const organisation = byId.get(organisationId);
    return organisation ? <LocalName name={organisation.name} own={organisation.language} /> : organisationId;
  };

  return (
    <div className="round-mail__invitations">
      <h3 id={`${id}-title`}>{t('roundMailing.invitationsTitle')}</h3>
      <p>{t('roundMail.intro')}</p>
      <ul className="round-mail__counts">
        <li>{t('roundMailing.countUnsent', { count: groups.unsent.length })}</li>
        <li>{t('roundMailing.countSent', { count: groups.sent.length })}</li>
        <li>{t('roundMailing.countMissing', { count: groups.missing.length })}</li>
      </ul>
      <ScrollRegion label={t('roundMailing.caption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('roundMailing.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roundMailing.organisation')}</th>
              <th scope="col">{t('contact.email')}</th>
              <th scope="col">{t('roundMailing.invitation')}</th>
            </tr>
          </thead>
          <tbody>
            {status.organisations.map((target) => (
              <tr key={target.organisationId}>
                <th scope="row">{nameOf(target.organisationId)}</th>
                <td className="break">{target.contactEmail ?? '–'}</td>
                <td>
                  <StateText state={invitationState(target)} mailedAt={target.mailedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {groups.missing.length > 0 &&
        (isAdmin ? (
          <p>
            <Link to={staffPaths.organisations}>{t('roundMailing.fixLink')}</Link>
          </p>
        ) : (
          <p>{t('roundMailing.fixAsk')}</p>
        ))}
      {groups.sent.length > 0 && (
        <fieldset className="fieldset fieldset--plain">
          <legend className="fieldset__legend">{t('roundMailing.targets')}</legend>
          <p id={`${id}-targets-hint`} className="field__hint">
            {t('roundMailing.targetsHint')}
          </p>
          {(['unsent', 'all'] as const).map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name={`${id}-to`}
                value={value}
                checked={to === value}
                aria-describedby={`${id}-targets-hint`}
                onChange={() => setTo(value)}
              />
              {value === 'unsent'
                ? t('roundMailing.toUnsent', { count: groups.unsent.length })
                : t('roundMailing.toAll', { count: groups.unsent.length + groups.sent.length })}
            </label>
          ))}
        </fieldset>
      )}
      {recipients.length === 0 && groups.sent.length > 0 && <p>{t('roundMailing.nothingToSend')}</p>}
      <button
        type="button"
        className="button button--primary round-mail__send"
        disabled={recipients.length === 0}
        onClick={() => {
          action.clear();
          setResult(undefined);
          setConfirming(true);
        }}
      >
        {t('roundMail.sendInvitations')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('roundMailing.confirmTitle')}
        confirmLabel={t('roundMailing.confirm')}
        busy={action.busy}
        error={action.error}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('roundMailing.confirmText', { count: recipients.length })}</p>
        <ul>
          {recipients.map((organisationId) => (
            <li key={organisationId}>{nameOf(organisationId)}</li>
          ))}
        </ul>
      </ConfirmDialog>
      <div role="status">
        {result && (
          <div className="notice notice--success">
            <p>{t('roundMailing.resultSent', { count: result.sent })}</p>
            {result.alreadySent > 0 && <p>{t('roundMailing.resultAlready', { count: result.alreadySent })}</p>}
            {result.missing.length > 0 && (
              <p>
                {t('roundMailing.resultMissing', {
                  names: result.missing
                    .map((m) => {
                      const organisation = byId.get(m.id);
                      return organisation ? nameText(organisation.name, organisation.language) : m.name;
                    })
                    .join(', '),
                })}
              </p>
            )}
            {isAdmin && (
              <p>
                <Link to={staffPaths.outbox}>{t('roundMailing.outboxLink')}</Link>
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
