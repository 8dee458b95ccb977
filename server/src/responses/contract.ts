/** The respondent's API: invitation links and resume codes, no account (shared with the client). */
import { get, post, put } from '../http/endpoint.shared';
import type { OrganisationResults } from '../results/types';
import type {
  InvitationInfo,
  Reflections,
  ResumeView,
  SaveDraftInput,
  SaveResult,
  StartDraftInput,
  StartedDraft,
  SubmitDraftInput,
  SubmitResponseInput,
  SubmitResult,
} from './types';

export const responseEndpoints = {
  invitation: get('/invitations/:token').returns<InvitationInfo>(),
  startDraft: post('/invitations/:token/drafts').body<StartDraftInput>().created<StartedDraft>(),
  /** 201, or 200 when the same response id was submitted before (a retry). */
  submitResponse: post('/invitations/:token/responses').body<SubmitResponseInput>().created<SubmitResult>(),
  /** A draft with its answers, or only that it was submitted. */
  draft: get('/drafts/:code').returns<ResumeView>(),
  saveDraft: put('/drafts/:code').body<SaveDraftInput>().returns<SaveResult>(),
  /** 201, or 200 when it was submitted before (a retry). */
  submitDraft: post('/drafts/:code/submit').body<SubmitDraftInput>().created<SubmitResult>(),
  /** The organisation's results so far; 403 not_submitted before submitting. */
  draftSummary: get('/drafts/:code/summary').returns<OrganisationResults>(),
  /** The others' evidence texts and open answers; 403 not_submitted before submitting. */
  draftReflections: get('/drafts/:code/reflections').returns<Reflections>(),
};
