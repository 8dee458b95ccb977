/** Signing in and out (shared with the client). */
import { del, get, post } from '../http/endpoint.shared';
import type { SessionInfo, SignInInput } from './types';

export const sessionEndpoints = {
  signIn: post('/session').body<SignInInput>().created<SessionInfo>(),
  session: get('/session').returns<SessionInfo>(),
  signOut: del('/session').empty(),
};
