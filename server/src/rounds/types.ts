/** The rounds API's shapes, shared with the client (declared once, here). */
import type { SessionUser } from '../auth/types';
import type { Instrument } from '../instrument/schema';
import type { Language, LocalizedText } from '../instrument/text';
import type { OrganisationSummary } from '../organisations/types';

export type { OrganisationSummary } from '../organisations/types';

export type RoundStatus = 'upcoming' | 'open' | 'closed';

export type RoundSummary = {
  id: string;
  name: LocalizedText;
  instrumentId: string;
  instrumentTitle: LocalizedText;
  instrumentVersion: string;
  opensAt: string;
  closesAt: string;
  status: RoundStatus;
  minGroupSize: number;
  /** The minimum for evidence texts and open answers; null: the same as minGroupSize. */
  minTextGroupSize: number | null;
  /** A working-group round promised at its start that group answers are shown by group name to the other groups. */
  shareGroupAnswers: boolean;
  introduction: LocalizedText | null;
  videoUrl: string | null;
  /** The region of a round a coordinator opened; null for a national round. */
  regionCode: string | null;
  /** The language its invitation links open in; null: each organisation's (or the respondent's browser). */
  language: Language | null;
};

export type InvitationMode = 'individual' | 'group';

/**
 * Who may change a round (shared with the client, which shows the forms by
 * it; the server's policy decides). A round belongs to the scope that opened
 * it: administrators change any round; a coordinator only a round opened for
 * their region whose organisations are all in that region; quality managers none.
 */
export function mayChangeRound(
  user: Pick<SessionUser, 'role' | 'regionCode'>,
  round: { regionCode: string | null; organisationRegions: readonly string[] },
): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'coordinator' || !user.regionCode) return false;
  return round.regionCode === user.regionCode && round.organisationRegions.every((r) => r === user.regionCode);
}

export type InvitationView = {
  organisationId: string;
  mode: InvitationMode;
  /** The link's secret; the respondent's page is /i/<token>. */
  token: string;
  createdAt: string;
};

export type RoundDetail = RoundSummary & {
  instrument: Instrument;
  organisations: OrganisationSummary[];
  /**
   * Some response (a draft or a submitted one) exists: the minimums can no
   * longer be lowered, nor the sharing of group answers changed.
   */
  hasResponses: boolean;
};

/** A round's minimum group size when its creator gives none (never below the configured floor). */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** The configured rules a round form checks before sending (the server checks them again). */
export type RoundRules = {
  /** MIN_GROUP_SIZE_FLOOR: no round's minimum (for figures or texts) goes below it. */
  minGroupSizeFloor: number;
  /** What a new round gets when no minimum is given. */
  defaultMinGroupSize: number;
};

/** What the client sends to open a round: dates as YYYY-MM-DD (the start of that day in Finland) or ISO 8601. */
export type CreateRoundInput = {
  name: LocalizedText;
  opensAt: string;
  closesAt: string;
  /** Default 5, or the configured floor when that is higher. */
  minGroupSize?: number;
  /** The minimum for evidence texts and open answers; null: the same as minGroupSize. */
  minTextGroupSize?: number | null;
  /** A working-group round: group answers are shared by name with the other groups (said at the start). */
  shareGroupAnswers?: boolean;
  introduction?: LocalizedText | null;
  /** An https link to a video shown before the questions. */
  videoUrl?: string | null;
  /** The language its links open in; null (the default): each organisation's. */
  language?: Language | null;
  instrumentId: string;
  instrumentVersion: string;
  organisationIds: string[];
  /** Default individual. */
  mode?: InvitationMode;
};

export type UpdateRoundInput = Partial<
  Pick<
    CreateRoundInput,
    | 'name'
    | 'opensAt'
    | 'closesAt'
    | 'minGroupSize'
    | 'minTextGroupSize'
    | 'shareGroupAnswers'
    | 'introduction'
    | 'videoUrl'
    | 'language'
  >
>;

export type RegenerateInvitationInput = { mode?: InvitationMode };
