/** The sign-in input schema (server-only; the client's type is in ./types). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { normaliseEmail } from '../users/schemas';
import { PASSWORD_RULES, type SignInInput } from './types';

export const SignInBody = accepting<SignInInput>()(
  z
    .object({
      email: z.string().max(1000).transform(normaliseEmail).pipe(z.string().max(254)),
      password: z.string().max(PASSWORD_RULES.max),
    })
    .strict(),
);
