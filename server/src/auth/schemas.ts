/** The sign-in input schema (server-only; the client's type is in ./types). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { normaliseEmail, Password } from '../users/schemas';
import { PASSWORD_RULES, type PasswordResetInput, type SetPasswordInput, type SignInInput } from './types';

const Email = z.string().max(1000).transform(normaliseEmail).pipe(z.string().max(254));

export const SignInBody = accepting<SignInInput>()(
  z
    .object({
      email: Email,
      password: z.string().max(PASSWORD_RULES.max),
    })
    .strict(),
);

export const PasswordResetBody = accepting<PasswordResetInput>()(z.object({ email: Email }).strict());

export const SetPasswordBody = accepting<SetPasswordInput>()(
  z.object({ token: z.string().min(1).max(200), password: Password }).strict(),
);
