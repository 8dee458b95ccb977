/** Calls of passwords, single sign-on, the outbox and mailed codes. */
import { api } from '@shared/contract';
import type { InvitationMailTargets, MailStatus, ScheduleReminderInput } from '@shared/mail/types';
import { apiCall } from './client';
import { useApi } from './hooks';

export const useSignInOptions = () => useApi(api.signInOptions, {});
export const useOutbox = (status: MailStatus | '') => useApi(api.outbox, { query: status ? { status } : {} });

export const requestPasswordReset = (email: string) => apiCall(api.requestPasswordReset, { body: { email } });
export const setPassword = (token: string, password: string) => apiCall(api.setPassword, { body: { token, password } });
export const retryMail = (messageId: string) => apiCall(api.retryMail, { params: { messageId } });
/** Who has a contact address for the round's mail and whose current link went to it (those who may change the round). */
export const useRoundInvitationMail = (roundId: string | null) =>
  useApi(api.roundInvitationMail, roundId ? { params: { roundId } } : null);
export const useRoundReminders = (roundId: string | null) =>
  useApi(api.roundReminders, roundId ? { params: { roundId } } : null);
export const mailRoundInvitations = (roundId: string, to: InvitationMailTargets) =>
  apiCall(api.mailRoundInvitations, { params: { roundId }, body: { to } });
export const scheduleReminder = (roundId: string, body: ScheduleReminderInput) =>
  apiCall(api.scheduleReminder, { params: { roundId }, body });
export const cancelReminder = (roundId: string, reminderId: string) =>
  apiCall(api.cancelReminder, { params: { roundId, reminderId } });

export const mailResumeCode = (code: string, email: string) =>
  apiCall(api.mailResumeCode, { params: { code }, body: { email } });

/** Browser navigations, not API calls: the provider's pages are on its own site. */
export const SSO_START = '/auth/oidc/start';
export const SSO_SIGN_OUT = '/auth/oidc/sign-out';
