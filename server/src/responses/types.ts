/** The respondent's API: invitations, drafts, submitting, reflections (shared with the client). */
import type { Answers } from '../instrument/answers';
import type { Instrument } from '../instrument/schema';
import type { Language } from '../instrument/text';
import type { OrganisationSummary } from '../organisations/types';
import type { HiddenReason } from '../results/types';
import type { InvitationMode, RoundSummary } from '../rounds/types';

/** What an invitation link opens: the round, the organisation and the instrument to answer. */
export type InvitationInfo = {
  mode: InvitationMode;
  /** The language the link opens in (the round's, else the organisation's); null: the respondent's browser decides. */
  language: Language | null;
  round: RoundSummary;
  organisation: OrganisationSummary;
  instrument: Instrument;
};

/** A working group's name and how many took part (group-mode invitations). */
type GroupFields = { groupName?: string; participants?: number };

/** What the client sends to start a draft; `id` is a UUID it chose, so a retried start finds the same draft. */
export type StartDraftInput = { id: string; language: Language } & GroupFields;

/** An autosave: `revision` is the one this save builds on (a save from an older tab is refused). */
export type SaveDraftInput = { revision: number; answers: Answers; language?: Language } & GroupFields;

export type SubmitDraftInput = SaveDraftInput;

/** A whole response in one request (no draft): for integrations and the load benchmark. */
export type SubmitResponseInput = { id: string; language: Language; answers: Answers } & GroupFields;

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
  /** Texts of organisations that reached the text minimum with the responses submitted before this time (ISO 8601). */
  asOf: string;
  /** True when responses submitted since `asOf` are still on their way into the rollups. */
  pending: boolean;
  /** The minimum of people an organisation needs before its texts are shown to anyone. */
  minTextGroupSize: number;
  /** Why the whole round's texts are withheld from this reader (a respondent who knows their own); null when shown. */
  withheld: HiddenReason | null;
  /** The whole round's texts (empty when withheld). */
  indicators: ReflectionTexts[];
  /**
   * A respondent's own organisation's texts, their own left out: shown only when the others in it
   * reach the text minimum and the rest of the round does too or is empty (null for staff).
   */
  organisation: { withheld: HiddenReason | null; indicators: ReflectionTexts[] } | null;
  /**
   * A working-group round that said at its start that group answers are shared:
   * the other groups' answers by group name, as promised (null otherwise).
   */
  shared: SharedGroupAnswers[] | null;
};

/** The texts of one indicator, sorted by text: the order tells nothing of who wrote what. */
export type ReflectionTexts = { indicatorId: string; texts: string[] };

export type SharedGroupAnswers = {
  group: string;
  organisation: string;
  answers: { indicatorId: string; value: number | null; notApplicable: boolean; text: string | null }[];
};
