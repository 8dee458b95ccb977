/** The sign-in input schema (server-only; the client's type is in ./types). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { PASSWORD_RULES, type SignInInput } from './types';

export const SignInBody = accepting<SignInInput>()(
  z
    .object({
      email: z
        .string()
        .trim()
        .max(254)
        .transform((e) => e.toLowerCase()),
      password: z.string().max(PASSWORD_RULES.max),
    })
    .strict(),
);
