/** The participation view's shapes (shared with the client): counts of responses while a round runs, never answers. */
import type { OrganisationSummary, RegionView } from '../organisations/types';
import type { InvitationMode, RoundSummary } from '../rounds/types';

/** An organisation below the minimum is flagged when the round closes within this many days. */
export const REMINDER_DAYS = 7;
/** How often the participation page asks again while it is open (milliseconds). */
export const PARTICIPATION_POLL_MS = 15_000;

/** Counts of a group of organisations (or one). */
export type ParticipationCounts = {
  /** Submitted responses; a working group's joint answer is one. */
  submitted: number;
  /** Working-group responses among the submitted ones. */
  groups: number;
  /** People behind the submitted responses (a working group counts its participants): what the minimum is about. */
  people: number;
  /** Responses begun and not yet submitted: only their number, never their answers. */
  drafts: number;
};

export type ParticipationRow = ParticipationCounts & {
  organisation: OrganisationSummary;
  /** People still needed for the minimum (0 once reached). */
  missing: number;
  reached: boolean;
  /** Below the minimum while the round is open and closes within REMINDER_DAYS days. */
  flagged: boolean;
  /** The organisation's current invitation link (its secret token) and mode; null when it has none. */
  invitation: { token: string; mode: InvitationMode } | null;
};

export type ParticipationTotal = ParticipationCounts & {
  organisations: number;
  /** Organisations that reached the minimum. */
  reached: number;
};

export type Participation = {
  round: RoundSummary;
  minGroupSize: number;
  /** Whole days until the round closes, rounded up; 0 once closed. */
  daysLeft: number;
  /** The organisations in the viewer's scope, by region code and name. */
  organisations: ParticipationRow[];
  /** Each region of the viewer's organisations, all its organisations in the round counted. */
  regions: (ParticipationTotal & { region: RegionView })[];
  /** The whole round, every organisation counted. */
  total: ParticipationTotal;
  /** When the counts were read (ISO 8601). */
  readAt: string;
};
