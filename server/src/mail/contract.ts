/** The outbox API (shared with the client): administrators read what was, is being and will be sent. */
import { del, get, post } from '../http/endpoint.shared';
import type {
  InvitationMailInput,
  InvitationMailResult,
  InvitationMailStatus,
  OutboxMessage,
  OutboxQuery,
  OutboxView,
  ReminderView,
  ResumeCodeMailInput,
  ScheduleReminderInput,
} from './types';

export const mailEndpoints = {
  outbox: get('/outbox').query<OutboxQuery>().returns<OutboxView>(),
  retryMail: post('/outbox/:messageId/retry').returns<OutboxMessage>(),
  /** Invitations to each organisation's contact address, with its link; who has one and who was sent it. */
  roundInvitationMail: get('/rounds/:roundId/invitation-mail').returns<InvitationMailStatus>(),
  /** By default only to the organisations whose current link has not yet gone to their current address. */
  mailRoundInvitations: post('/rounds/:roundId/invitation-mail')
    .body<InvitationMailInput>()
    .returns<InvitationMailResult>(),
  roundReminders: get('/rounds/:roundId/reminders').returns<ReminderView[]>(),
  scheduleReminder: post('/rounds/:roundId/reminders').body<ScheduleReminderInput>().created<ReminderView>(),
  cancelReminder: del('/rounds/:roundId/reminders/:reminderId').returns<ReminderView>(),
  /** The respondent's own code, to an address used once and stored nowhere. */
  mailResumeCode: post('/drafts/:code/mail').body<ResumeCodeMailInput>().empty(),
};
