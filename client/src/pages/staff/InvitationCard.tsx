import { localize } from '@shared/instrument/text';
import type { OrganisationSummary } from '@shared/organisations/types';
import type { InvitationMode, InvitationView } from '@shared/rounds/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toApiError } from '../../api/client';
import { regenerateInvitation } from '../../api/staff';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyField } from '../../components/CopyField';
import { LocalName, useNameText } from '../../components/LocalName';
import { useStaffErrorText } from '../../components/useStaffErrorText';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { paths, respondPaths, staffPaths } from '../../lib/paths';

/** The respondent's address of an invitation. */
export const invitationUrl = (token: string) => `${window.location.origin}${respondPaths.invitation(token)}`;

type Props = {
  roundId: string;
  organisation: OrganisationSummary;
  invitation: InvitationView | undefined;
  canRegenerate: boolean;
  onRegenerated: (invitation: InvitationView) => void;
};

/** One organisation of a round: its results, its invitation link (copy, regenerate) and the link's mode. */
export function InvitationCard({ roundId, organisation, invitation, canRegenerate, onRegenerated }: Props) {
  const { t } = useTranslation('staff');
  const { t: tr } = useTranslation('results');
  const language = useLanguage();
  const format = useFormat();
  const name = useNameText()(organisation.name, organisation.language);
  const errorText = useStaffErrorText();
  const [confirming, setConfirming] = useState(false);
  const [mode, setMode] = useState<InvitationMode>(invitation?.mode ?? 'individual');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const headingId = `org-${organisation.id}`;

  const regenerate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const fresh = await regenerateInvitation(roundId, organisation.id, mode);
      onRegenerated(fresh);
      setConfirming(false);
      setDone(true);
    } catch (caught) {
      setError(errorText(toApiError(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="org-card">
      <div className="org-card__heading">
        <h3 id={headingId}>
          <LocalName name={organisation.name} own={organisation.language} />
        </h3>
        <span className="muted">{localize(organisation.regionName, language)}</span>
      </div>
      <p>
        <Link to={paths.results(roundId, organisation.id)}>
          {t('round.results')}
          <span className="visually-hidden">: {name}</span>
        </Link>
        {' · '}
        <Link to={staffPaths.plan(roundId, organisation.id)}>
          {tr('staff.plan')}
          <span className="visually-hidden">: {name}</span>
        </Link>
      </p>
      {invitation ? (
        <>
          <p className="org-card__mode">
            {t('round.mode')}: <strong>{t(`modes.${invitation.mode}`)}</strong> ·{' '}
            {t('round.linkCreated', { date: format.date(invitation.createdAt) })}
          </p>
          <CopyField label={t('round.invitationLink')} value={invitationUrl(invitation.token)} />
          <p className="org-card__status" role="status">
            {done && t('round.regenerated')}
          </p>
          {canRegenerate && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setMode(invitation.mode);
                setError(undefined);
                setDone(false);
                setConfirming(true);
              }}
            >
              {t('round.regenerate')}
              <span className="visually-hidden">: {name}</span>
            </button>
          )}
          <ConfirmDialog
            open={confirming}
            title={t('round.regenerateTitle', { organisation: name })}
            confirmLabel={t('round.regenerateConfirm')}
            danger
            busy={busy}
            error={error}
            onConfirm={() => void regenerate()}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('round.regenerateText')}</p>
            <fieldset className="fieldset fieldset--plain">
              <legend className="fieldset__legend">{t('round.regenerateMode')}</legend>
              {(['individual', 'group'] as const).map((m) => (
                <label key={m} className="radio">
                  <input
                    type="radio"
                    name={`mode-${organisation.id}`}
                    value={m}
                    checked={mode === m}
                    onChange={() => setMode(m)}
                  />
                  <span>{t(`modes.${m}`)}</span>
                </label>
              ))}
            </fieldset>
          </ConfirmDialog>
        </>
      ) : (
        <p className="muted">{t('round.noInvitation')}</p>
      )}
    </li>
  );
}
