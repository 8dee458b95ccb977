/** Calls of passwords, single sign-on, the outbox and mailed codes. */
import { api } from '@shared/contract';
import type { MailStatus } from '@shared/mail/types';
import { apiCall } from './client';
import { useApi } from './hooks';

export const useSignInOptions = () => useApi(api.signInOptions, {});
export const useOutbox = (status: MailStatus | '') => useApi(api.outbox, { query: status ? { status } : {} });

export const requestPasswordReset = (email: string) => apiCall(api.requestPasswordReset, { body: { email } });
export const setPassword = (token: string, password: string) => apiCall(api.setPassword, { body: { token, password } });
export const retryMail = (messageId: string) => apiCall(api.retryMail, { params: { messageId } });
export const mailResumeCode = (code: string, email: string) =>
  apiCall(api.mailResumeCode, { params: { code }, body: { email } });

/** Browser navigations, not API calls: the provider's pages are on its own site. */
export const SSO_START = '/auth/oidc/start';
export const SSO_SIGN_OUT = '/auth/oidc/sign-out';
