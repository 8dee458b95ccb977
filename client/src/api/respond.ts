/** The respondent's endpoints: invitation links and drafts reached by resume code (public, no account). */
import type {
  InvitationInfo,
  Reflections,
  ResumeView,
  SaveDraftInput,
  SaveResult,
  StartDraftInput,
  StartedDraft,
  SubmitDraftInput,
  SubmitResult,
} from '@shared/responses/types';
import type { OrganisationResults } from '@shared/results/types';
import { apiPath, apiRequest } from './client';
import { type ApiState, useApi } from './hooks';

export const respondApi = {
  invitation: (token: string) => apiRequest<InvitationInfo>(apiPath('invitations', token)),
  startDraft: (token: string, body: StartDraftInput) =>
    apiRequest<StartedDraft>(apiPath('invitations', token, 'drafts'), { method: 'POST', body }),
  draft: (code: string) => apiRequest<ResumeView>(apiPath('drafts', code)),
  saveDraft: (code: string, body: SaveDraftInput) =>
    apiRequest<SaveResult>(apiPath('drafts', code), { method: 'PUT', body }),
  submitDraft: (code: string, body: SubmitDraftInput) =>
    apiRequest<SubmitResult>(apiPath('drafts', code, 'submit'), { method: 'POST', body }),
};

export function useInvitation(token: string | undefined): ApiState<InvitationInfo> {
  return useApi<InvitationInfo>(token ? apiPath('invitations', token) : null);
}

/** A draft with its answers, or only that it was submitted (a code never shows submitted answers). */
export function useDraft(code: string | undefined): ApiState<ResumeView> {
  return useApi<ResumeView>(code ? apiPath('drafts', code) : null);
}

/** The organisation's results so far; 403 not_submitted before submitting. */
export function useDraftSummary(code: string | undefined): ApiState<OrganisationResults> {
  return useApi<OrganisationResults>(code ? apiPath('drafts', code, 'summary') : null);
}

/** The others' anonymous evidence texts and open answers; 403 not_submitted before submitting. */
export function useReflections(code: string | undefined): ApiState<Reflections> {
  return useApi<Reflections>(code ? apiPath('drafts', code, 'reflections') : null);
}
