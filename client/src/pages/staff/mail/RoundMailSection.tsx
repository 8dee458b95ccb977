import type { InvitationMailStatus } from '@shared/mail/types';
import type { RoundDetail } from '@shared/rounds/types';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRoundInvitationMail } from '../../../api/access';
import { ErrorNotice, Loading } from '../../../components/Feedback';
import { staffPaths } from '../../../lib/paths';
import { InvitationMail } from './InvitationMail';
import { ReminderMail } from './ReminderMail';

type Props = {
  round: RoundDetail;
  isAdmin: boolean;
  /** Changes when an invitation link is made anew on the page: the states are read again. */
  linksVersion: number;
};

/** For those who may change the round: its invitations and reminders by mail, through the outbox. */
export function RoundMailSection({ round, isAdmin, linksVersion }: Props) {
  const { t } = useTranslation('access');
  const status = useRoundInvitationMail(round.id);
  const { reload } = status;
  // Kept while it is read again after a send, so that the send's result stays on screen.
  const [data, setData] = useState<InvitationMailStatus>();
  useEffect(() => {
    if (status.data) setData(status.data);
  }, [status.data]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when a link was made anew
  useEffect(() => {
    if (linksVersion > 0) reload();
  }, [linksVersion]);
  const closed = round.status === 'closed';
  return (
    <section className="section round-mail" aria-labelledby="round-mail-heading">
      <h2 id="round-mail-heading">{t('roundMail.title')}</h2>
      {closed && <p>{t('roundMailing.closed')}</p>}
      {!closed && data && !data.sending && (
        <div className="notice notice--warning">
          <p>{t('roundMailing.notSending')}</p>
          {isAdmin && (
            <p>
              <Link to={staffPaths.outbox}>{t('roundMailing.outboxLink')}</Link>
            </p>
          )}
        </div>
      )}
      {!closed && status.error && <ErrorNotice error={status.error} onRetry={status.reload} />}
      {!closed && !data && status.loading && <Loading />}
      {!closed && data && (
        <InvitationMail
          roundId={round.id}
          organisations={round.organisations}
          status={data}
          isAdmin={isAdmin}
          onSent={status.reload}
        />
      )}
      {!closed && <ReminderMail roundId={round.id} closesAt={round.closesAt} />}
    </section>
  );
}
