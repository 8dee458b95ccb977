/** The respondent's endpoints: invitation links and drafts reached by resume code (public, no account). */
import { api } from '@shared/contract';
import type { SaveDraftInput, StartDraftInput, SubmitDraftInput } from '@shared/responses/types';
import { apiCall } from './client';
import { useApi } from './hooks';

export const respondApi = {
  invitation: (token: string) => apiCall(api.invitation, { params: { token } }),
  startDraft: (token: string, body: StartDraftInput) => apiCall(api.startDraft, { params: { token }, body }),
  draft: (code: string) => apiCall(api.draft, { params: { code } }),
  saveDraft: (code: string, body: SaveDraftInput) => apiCall(api.saveDraft, { params: { code }, body }),
  submitDraft: (code: string, body: SubmitDraftInput) => apiCall(api.submitDraft, { params: { code }, body }),
};

export const useInvitation = (token: string | undefined) =>
  useApi(api.invitation, token ? { params: { token } } : null);

/** A draft with its answers, or only that it was submitted (a code never shows submitted answers). */
export const useDraft = (code: string | undefined) => useApi(api.draft, code ? { params: { code } } : null);

/** The organisation's results so far; 403 not_submitted before submitting. */
export const useDraftSummary = (code: string | undefined) =>
  useApi(api.draftSummary, code ? { params: { code } } : null);

/** The others' anonymous evidence texts and open answers; 403 not_submitted before submitting. */
export const useReflections = (code: string | undefined) =>
  useApi(api.draftReflections, code ? { params: { code } } : null);
