/** The rounds API's input schemas (server-only; the client's types are in ./types). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { LocalizedText } from '../instrument/schema';
import { LANGUAGES } from '../instrument/text';
import type { CreateRoundInput, RegenerateInvitationInput, UpdateRoundInput } from './types';

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
  language: z.enum(LANGUAGES).nullable(),
};

export const CreateRoundBody = accepting<CreateRoundInput>()(
  z
    .object({
      ...roundFields,
      // Defaults that depend on the configured floor are the service's (see DEFAULT_MIN_GROUP_SIZE).
      minGroupSize: roundFields.minGroupSize.optional(),
      minTextGroupSize: roundFields.minTextGroupSize.default(null),
      shareGroupAnswers: roundFields.shareGroupAnswers.default(false),
      introduction: roundFields.introduction.optional(),
      videoUrl: roundFields.videoUrl.optional(),
      language: roundFields.language.default(null),
      instrumentId: z.string().min(1).max(64),
      instrumentVersion: z.string().min(1).max(32),
      organisationIds: z.array(z.string().min(1).max(64)).min(1, 'choose at least one organisation').max(5000),
      mode: z.enum(['individual', 'group']).default('individual'),
    })
    .strict()
    .refine((r) => r.closesAt > r.opensAt, { path: ['closesAt'], message: 'the round must close after it opens' }),
);
export type CreateRoundBody = z.infer<typeof CreateRoundBody>;

export const UpdateRoundBody = accepting<UpdateRoundInput>()(
  z
    .object({
      name: roundFields.name.optional(),
      opensAt: roundFields.opensAt.optional(),
      closesAt: roundFields.closesAt.optional(),
      minGroupSize: roundFields.minGroupSize.optional(),
      minTextGroupSize: roundFields.minTextGroupSize.optional(),
      shareGroupAnswers: roundFields.shareGroupAnswers.optional(),
      introduction: roundFields.introduction.optional(),
      videoUrl: roundFields.videoUrl.optional(),
      language: roundFields.language.optional(),
    })
    .strict(),
);
export type UpdateRoundBody = z.infer<typeof UpdateRoundBody>;

export const RegenerateInvitationBody = accepting<RegenerateInvitationInput>()(
  z.object({ mode: z.enum(['individual', 'group']).optional() }).strict(),
);
