/** Input schemas of the instrument editor's drafts (server-only). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { SemVer, Id as Slug } from '../instrument/schema';
import type { CreateInstrumentDraftInput, PublishInstrumentDraftInput, SaveInstrumentDraftInput } from './types';

/** The revision a save builds on (a 32-bit column). */
const Revision = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

export const CreateInstrumentDraftBody = accepting<CreateInstrumentDraftInput>()(
  z.union([
    z.object({ from: z.object({ instrumentId: Slug, version: SemVer }).strict() }).strict(),
    z.object({ instrumentId: Slug }).strict(),
  ]),
);

export const SaveInstrumentDraftBody = accepting<SaveInstrumentDraftInput>()(
  z.object({ revision: Revision, document: z.record(z.string(), z.unknown()) }).strict(),
);

export const PublishInstrumentDraftBody = accepting<PublishInstrumentDraftInput>()(
  z.object({ revision: Revision }).strict(),
);
