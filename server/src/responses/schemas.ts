/** The respondent's API input schemas (server-only; the client's types are in ./types). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { Answers } from '../instrument/answers';
import { LANGUAGES, LIMITS } from '../instrument/text';
import type { SaveDraftInput, StartDraftInput, SubmitResponseInput } from './types';

const groupFields = {
  groupName: z.string().trim().min(1, 'give the working group a name').max(LIMITS.groupName).optional(),
  participants: z.number().int().min(1, 'at least one participant').max(LIMITS.participants).optional(),
};

export const StartDraftBody = accepting<StartDraftInput>()(
  z
    .object({
      /** Chosen by the client, so that a retried start finds the same draft. */
      id: z.uuid({ error: 'id must be a UUID' }),
      language: z.enum(LANGUAGES),
      ...groupFields,
    })
    .strict(),
);
export type StartDraftBody = z.infer<typeof StartDraftBody>;

export const SaveDraftBody = accepting<SaveDraftInput>()(
  z
    .object({
      /** The revision this save builds on; a save from an older tab is refused. (A 32-bit column.) */
      revision: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1),
      answers: Answers,
      language: z.enum(LANGUAGES).optional(),
      ...groupFields,
    })
    .strict(),
);
export type SaveDraftBody = z.infer<typeof SaveDraftBody>;

export const SubmitDraftBody = SaveDraftBody;
export type SubmitDraftBody = SaveDraftBody;

export const SubmitResponseBody = accepting<SubmitResponseInput>()(
  z
    .object({
      id: z.uuid({ error: 'id must be a UUID' }),
      language: z.enum(LANGUAGES),
      answers: Answers,
      ...groupFields,
    })
    .strict(),
);
export type SubmitResponseBody = z.infer<typeof SubmitResponseBody>;
