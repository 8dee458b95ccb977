/** The rounds API's shapes, shared with the client (declared once, here). */
import { z } from 'zod';
import type { SessionUser } from '../auth/types';
import type { Instrument } from '../instrument/schema';
import { LocalizedText } from '../instrument/schema';
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

/** The start of a calendar day in Finland (Europe/Helsinki, EET/EEST), as an ISO instant. */
export function helsinkiMidnight(date: string): string {
  // 00:00 UTC is 02:00 or 03:00 in Helsinki on the same day, before any daylight-saving switch (03:00/04:00).
  const probe = new Date(`${date}T00:00:00Z`);
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' })
      .formatToParts(probe)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+02:00';
  const offset = name.replace('GMT', '') || '+00:00';
  return new Date(`${date}T00:00:00${offset}`).toISOString();
}

/** A date (YYYY-MM-DD: the start of that day in Finland) or a full ISO timestamp with its offset. */
const Instant = z.iso
  .datetime({ offset: true, error: 'a date and time in ISO 8601, e.g. 2026-12-01T08:00:00+02:00' })
  .or(z.iso.date({ error: 'a date as YYYY-MM-DD' }))
  .transform((v) => (v.length === 10 ? helsinkiMidnight(v) : new Date(v).toISOString()));

const GroupSize = z.number().int().min(1).max(100);

const roundFields = {
  name: LocalizedText,
  opensAt: Instant,
  closesAt: Instant,
  minGroupSize: GroupSize,
  minTextGroupSize: GroupSize.nullable(),
  shareGroupAnswers: z.boolean(),
  introduction: LocalizedText.nullable(),
  videoUrl: z
    .url({ protocol: /^https$/, error: 'the video link must be an https URL' })
    .max(500)
    .nullable(),
};

export const CreateRoundBody = z
  .object({
    ...roundFields,
    // Defaults that depend on the configured floor are the service's (see DEFAULT_MIN_GROUP_SIZE).
    minGroupSize: roundFields.minGroupSize.optional(),
    minTextGroupSize: roundFields.minTextGroupSize.default(null),
    shareGroupAnswers: roundFields.shareGroupAnswers.default(false),
    introduction: roundFields.introduction.optional(),
    videoUrl: roundFields.videoUrl.optional(),
    instrumentId: z.string().min(1).max(64),
    instrumentVersion: z.string().min(1).max(32),
    organisationIds: z.array(z.string().min(1).max(64)).min(1, 'choose at least one organisation').max(5000),
    mode: z.enum(['individual', 'group']).default('individual'),
  })
  .strict()
  .refine((r) => r.closesAt > r.opensAt, { path: ['closesAt'], message: 'the round must close after it opens' });
export type CreateRoundBody = z.infer<typeof CreateRoundBody>;

export const UpdateRoundBody = z
  .object({
    name: roundFields.name.optional(),
    opensAt: roundFields.opensAt.optional(),
    closesAt: roundFields.closesAt.optional(),
    minGroupSize: roundFields.minGroupSize.optional(),
    minTextGroupSize: roundFields.minTextGroupSize.optional(),
    shareGroupAnswers: roundFields.shareGroupAnswers.optional(),
    introduction: roundFields.introduction.optional(),
    videoUrl: roundFields.videoUrl.optional(),
  })
  .strict();
export type UpdateRoundBody = z.infer<typeof UpdateRoundBody>;

export const RegenerateInvitationBody = z.object({ mode: z.enum(['individual', 'group']).optional() }).strict();
