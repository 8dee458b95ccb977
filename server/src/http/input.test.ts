import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accepting } from './input';

type Input = { name: string; note?: string | null };

// These run through the typechecker (npm run typecheck): an unused @ts-expect-error fails it.
describe('accepting', () => {
  it('returns the schema when it accepts exactly the declared input', () => {
    const schema = z.object({ name: z.string().trim(), note: z.string().nullable().optional() });
    expect(accepting<Input>()(schema)).toBe(schema);
  });

  it('does not compile when the schema and the type drift apart', () => {
    // @ts-expect-error a field the type does not declare
    accepting<Input>()(z.object({ name: z.string(), note: z.string().nullable().optional(), extra: z.number() }));
    // @ts-expect-error an optional field the type does not declare
    accepting<Input>()(
      z.object({ name: z.string(), note: z.string().nullable().optional(), extra: z.number().optional() }),
    );
    // @ts-expect-error a declared field the schema does not accept
    accepting<Input>()(z.object({ name: z.string() }));
    // @ts-expect-error a field of another type (null is not accepted)
    accepting<Input>()(z.object({ name: z.string(), note: z.string().optional() }));
  });
});
