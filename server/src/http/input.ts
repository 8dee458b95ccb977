/**
 * A request body's type is declared once, in the feature's pure `types.ts`
 * (the client sends it); its zod schema lives server-only in `schemas.ts`.
 * `accepting` ties the two together: the schema does not compile when the
 * input it accepts drifts from the declared type.
 */
import type { z } from 'zod';

/** True when A and B are mutually assignable and have the same keys. */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/** `accepting<CreateActionInput>()(z.object(…))`: the schema, checked to accept exactly `Input`. */
export function accepting<Input>() {
  return <S extends z.ZodType>(
    schema: S,
    ..._drift: Same<z.input<S>, Input> extends true ? [] : [error: 'the schema accepts another input than the type']
  ): S => schema;
}
