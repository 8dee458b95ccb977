/** The respondent's API: invitations, drafts, submitting, reflections (shared with the client). */
import { z } from 'zod';
import { Answers } from '../instrument/answers';
import { type Instrument, LANGUAGES, LIMITS } from '../instrument/schema';
import type { OrganisationSummary } from '../organisations/types';
import type { InvitationMode, RoundSummary } from '../rounds/types';

/** What an invitation link opens: the round, the organisation and the instrument to answer. */
export type InvitationInfo = {
  mode: InvitationMode;
  round: RoundSummary;
  organisation: OrganisationSummary;
  instrument: Instrument;
};

const groupFields = {
  groupName: z.string().trim().min(1, 'give the working group a name').max(LIMITS.groupName).optional(),
  participants: z.number().int().min(1, 'at least one participant').max(500).optional(),
};

export const StartDraftBody = z
  .object({
    /** Chosen by the client, so that a retried start finds the same draft. */
    id: z.uuid({ error: 'id must be a UUID' }),
    language: z.enum(LANGUAGES),
    ...groupFields,
  })
  .strict();
export type StartDraftBody = z.infer<typeof StartDraftBody>;

export const SaveDraftBody = z
  .object({
    /** The revision this save builds on; a save from an older tab is refused. */
    revision: z.number().int().min(0),
    answers: Answers,
    language: z.enum(LANGUAGES).optional(),
    ...groupFields,
  })
  .strict();
export type SaveDraftBody = z.infer<typeof SaveDraftBody>;

export const SubmitDraftBody = SaveDraftBody;
export type SubmitDraftBody = SaveDraftBody;

/** A whole response in one request (no draft): for integrations and the load benchmark. */
export const SubmitResponseBody = z
  .object({ id: z.uuid({ error: 'id must be a UUID' }), language: z.enum(LANGUAGES), answers: Answers, ...groupFields })
  .strict();
export type SubmitResponseBody = z.infer<typeof SubmitResponseBody>;

/** A draft as its resume code opens it: the answers so far. */
export type DraftView = {
  id: string;
  status: 'draft';
  revision: number;
  language: string;
  answers: Answers;
  groupName: string | null;
  participants: number | null;
  updatedAt: string | null;
  invitation: InvitationInfo;
};

/**
 * A submitted response as its resume code opens it: that it was submitted
 * and to which round, never its answers (a code that leaked must not reveal
 * them); the code opens the summary and reflections instead.
 */
export type SubmittedView = {
  status: 'submitted';
  language: string;
  submittedAt: string;
  invitation: InvitationInfo;
};

/** What GET /drafts/:code returns. */
export type ResumeView = DraftView | SubmittedView;

export type StartedDraft = DraftView & {
  /** Shown to the respondent to continue on another device: 10 characters, e.g. K7M4Q-9TXAB. */
  resumeCode: string;
};

export type SaveResult = { revision: number; savedAt: string };

export type SubmitResult = {
  id: string;
  submittedAt: string;
  /** True when this response had been submitted already: nothing new was stored. */
  duplicate: boolean;
};

/** The others' evidence and open answers of the round, anonymous, by indicator. */
export type Reflections = {
  roundId: string;
  indicators: { indicatorId: string; texts: string[] }[];
};
