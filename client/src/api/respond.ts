/** The respondent's endpoints: invitation links and drafts reached by resume code (public, no account). */
import { api } from '@shared/contract';
import { isLanguage } from '@shared/instrument/text';
import type { SaveDraftInput, StartDraftInput, SubmitDraftInput } from '@shared/responses/types';
import { useEffect } from 'react';
import { suggestLanguage } from '../i18n';
import { apiCall } from './client';
import { useApi } from './hooks';

export const respondApi = {
  invitation: (token: string) => apiCall(api.invitation, { params: { token } }),
  startDraft: (token: string, body: StartDraftInput) => apiCall(api.startDraft, { params: { token }, body }),
  draft: (code: string) => apiCall(api.draft, { params: { code } }),
  saveDraft: (code: string, body: SaveDraftInput) => apiCall(api.saveDraft, { params: { code }, body }),
  submitDraft: (code: string, body: SubmitDraftInput) => apiCall(api.submitDraft, { params: { code }, body }),
};

/** An invitation link; the page takes the link's language (the round's or organisation's) unless the reader chose one. */
export function useInvitation(token: string | undefined) {
  const invitation = useApi(api.invitation, token ? { params: { token } } : null);
  const language = invitation.data?.language;
  useEffect(() => suggestLanguage(language), [language]);
  return invitation;
}

/**
 * A draft with its answers, or only that it was submitted (a code never shows
 * submitted answers). A resumed draft reopens in the language it was saved in,
 * unless the reader chose one on this device.
 */
export function useDraft(code: string | undefined) {
  const draft = useApi(api.draft, code ? { params: { code } } : null);
  const language = draft.data?.language;
  useEffect(() => suggestLanguage(isLanguage(language) ? language : undefined), [language]);
  return draft;
}

/** The organisation's results so far; 403 not_submitted before submitting. */
export const useDraftSummary = (code: string | undefined) =>
  useApi(api.draftSummary, code ? { params: { code } } : null);

/** The others' anonymous evidence texts and open answers; 403 not_submitted before submitting. */
export const useReflections = (code: string | undefined) =>
  useApi(api.draftReflections, code ? { params: { code } } : null);
