/** The rounds API's shapes, shared with the client (declared once, here). */
import { z } from 'zod';
import { Answers } from '../instrument/answers';
import type { Instrument, LocalizedText } from '../instrument/schema';
import { LANGUAGES } from '../instrument/schema';

export type RoundStatus = 'upcoming' | 'open' | 'closed';

export type OrganisationSummary = {
  id: string;
  name: string;
  regionCode: string;
  regionName: LocalizedText;
};

export type RoundSummary = {
  id: string;
  name: LocalizedText;
  instrumentId: string;
  instrumentVersion: string;
  opensAt: string;
  closesAt: string;
  status: RoundStatus;
  minGroupSize: number;
};

export type RoundDetail = RoundSummary & {
  instrument: Instrument;
  organisations: OrganisationSummary[];
};

export const SubmitResponseBody = z
  .object({
    /** Chosen by the client so that a retried submit is recognised (idempotency). */
    id: z.uuid({ error: 'id must be a UUID' }),
    organisationId: z.string().min(1).max(64),
    language: z.enum(LANGUAGES),
    answers: Answers,
  })
  .strict();
export type SubmitResponseBody = z.infer<typeof SubmitResponseBody>;

export type SubmitResponseResult = {
  id: string;
  submittedAt: string;
  /** True when this id had already been submitted: nothing new was stored. */
  duplicate: boolean;
};
