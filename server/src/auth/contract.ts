/** Signing in and out (shared with the client). */
import { del, get, post } from '../http/endpoint.shared';
import type { PasswordResetInput, SessionInfo, SetPasswordInput, SignInInput, SignInOptions } from './types';

export const sessionEndpoints = {
  signIn: post('/session').body<SignInInput>().created<SessionInfo>(),
  session: get('/session').returns<SessionInfo>(),
  /** Ends the local session (after single sign-on, the client then offers the provider's sign-out). */
  signOut: del('/session').empty(),
  signInOptions: get('/sign-in-options').returns<SignInOptions>(),
  requestPasswordReset: post('/password-reset').body<PasswordResetInput>().empty(),
  setPassword: post('/password').body<SetPasswordInput>().empty(),
};
