import { z } from 'zod';
import { Instrument } from './schema';

/** JSON Schema for editors, generated from the zod schema (the zod schema stays the authority). */
export function instrumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Instrument, { io: 'input', unrepresentable: 'any' }),
    title: 'Laatupeili instrument',
    description: 'A versioned quality instrument: areas → standards (statements) → indicators (questions).',
  };
}
