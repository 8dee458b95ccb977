import { audit } from '../audit/log';
import { policy } from '../auth/policies';
import { failureLimiter, limiter } from '../http/rate-limit';
import { type Route, type RouteDeps, route } from '../http/routes';
import { openResumeCode, resumeCodeExists } from '../responses/drafts';
import { listOutbox, retryMail } from './outbox';
import { mailResumeCode } from './resume-mail';
import { cancelReminder, invitationMailStatus, listReminders, mailRoundInvitations, scheduleReminder } from './rounds';
import { InvitationMailBody, OutboxQuery, ResumeCodeMailBody, ScheduleReminderBody } from './schemas';

export function mailRoutes({ db, settings }: RouteDeps): Route[] {
  const resumeMailLimits = [
    // The same counter of failed guesses as every other route that takes a resume code.
    failureLimiter(db, {
      name: 'secret-guess',
      windowMs: 10 * 60_000,
      limit: 50,
      isValid: (req) => resumeCodeExists(db, String(req.params.code)),
    }),
    limiter(db, { name: 'resume-mail-ip', windowMs: 60 * 60_000, limit: 10 }),
  ];
  return [
    route('outbox', {
      method: 'get',
      path: '/outbox',
      status: 200,
      policy: policy.admin,
      input: { query: OutboxQuery },
      handler: ({ query }) => listOutbox(db, settings.mail.smtpUrl !== null, query.status),
    }),
    route('retryMail', {
      method: 'post',
      path: '/outbox/:messageId/retry',
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }, { user }) =>
        db.transaction(async (trx) => {
          const message = await retryMail(trx, params.messageId);
          await audit(trx, user, 'mail.retry', { type: 'mail', id: message.id });
          return message;
        }),
    }),
    route('roundInvitationMail', {
      method: 'get',
      path: '/rounds/:roundId/invitation-mail',
      status: 200,
      policy: policy.roundOwner(),
      input: {},
      handler: ({ params }) => invitationMailStatus(db, params.roundId, settings.mail.smtpUrl !== null),
    }),
    route('mailRoundInvitations', {
      method: 'post',
      path: '/rounds/:roundId/invitation-mail',
      status: 200,
      policy: policy.roundOwner(),
      input: { body: InvitationMailBody },
      handler: ({ params, body }, { user }) =>
        mailRoundInvitations(db, user, params.roundId, settings.publicUrl, body.to),
    }),
    route('roundReminders', {
      method: 'get',
      path: '/rounds/:roundId/reminders',
      status: 200,
      policy: policy.roundOwner(),
      input: {},
      handler: ({ params }) => listReminders(db, params.roundId),
    }),
    route('scheduleReminder', {
      method: 'post',
      path: '/rounds/:roundId/reminders',
      status: 201,
      policy: policy.roundOwner(),
      input: { body: ScheduleReminderBody },
      handler: ({ params, body }, { user }) => scheduleReminder(db, user, params.roundId, body),
    }),
    route('cancelReminder', {
      method: 'delete',
      path: '/rounds/:roundId/reminders/:reminderId',
      status: 200,
      policy: policy.roundOwner(),
      input: {},
      handler: ({ params }, { user }) => cancelReminder(db, user, params.roundId, params.reminderId),
    }),
    route('mailResumeCode', {
      method: 'post',
      path: '/drafts/:code/mail',
      status: 204,
      policy: policy.public,
      before: resumeMailLimits,
      input: { body: ResumeCodeMailBody },
      handler: async ({ params, body }) => {
        const response = await openResumeCode(db, params.code, settings.resumeCodeDaysAfterClose);
        await mailResumeCode(db, settings, response, params.code, body.email);
      },
    }),
  ];
}
