/**
 * Who is signed in: loaded once at start with GET /api/session, kept in
 * context, and ended on sign-out or when any request answers 401 for a
 * session the client believed alive (the user is then sent to sign in and
 * brought back afterwards).
 */

import type { SessionInfo, SessionUser } from '@shared/auth/types';
import { api } from '@shared/contract';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { SIGN_IN_PATH, type SignInReason, signInUrl } from '../lib/signIn';
import { type ApiError, apiCall, setCsrfToken, setUnauthorizedListener, toApiError } from './client';

type SessionState =
  | { status: 'loading' }
  | { status: 'signedIn'; info: SessionInfo }
  /** `ended` says why a session the browser had is gone; `error` a load that failed for another reason. */
  | { status: 'signedOut'; ended?: SignInReason; error?: ApiError };

export type Session = {
  user: SessionUser | null;
  loading: boolean;
  /** Why there is no session although the browser had one (expired, ended). */
  ended: SignInReason | undefined;
  /** A start-up load that failed for another reason than "not signed in", e.g. no network. */
  error: ApiError | undefined;
  signIn: (email: string, password: string) => Promise<SessionUser>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
};

const SessionContext = createContext<Session | undefined>(undefined);

function endedBy(error: ApiError): SignInReason {
  return error.code === 'session_expired' ? 'expired' : 'ended';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const navigate = useNavigate();
  const stateRef = useRef(state);
  stateRef.current = state;

  const apply = useCallback((next: SessionState) => {
    setCsrfToken(next.status === 'signedIn' ? next.info.csrfToken : undefined);
    setState(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply({ status: 'signedIn', info: await apiCall(api.session) });
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status === 401) {
        apply({ status: 'signedOut', ended: error.code === 'session_expired' ? 'expired' : undefined });
      } else apply({ status: 'signedOut', error });
    }
  }, [apply]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A 401 elsewhere: the session ended on the server (expired, signed out elsewhere, account changed).
  useEffect(
    () =>
      setUnauthorizedListener((error) => {
        const wasSignedIn = stateRef.current.status === 'signedIn';
        if (!wasSignedIn && error.code !== 'session_expired') return;
        const reason = endedBy(error);
        apply({ status: 'signedOut', ended: reason });
        const { pathname, search } = window.location;
        if (pathname !== SIGN_IN_PATH) navigate(signInUrl({ reason, next: pathname + search }), { replace: true });
      }),
    [apply, navigate],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const info = await apiCall(api.signIn, { body: { email, password } });
      apply({ status: 'signedIn', info });
      return info.user;
    },
    [apply],
  );

  const signOut = useCallback(async () => {
    try {
      await apiCall(api.signOut);
    } catch (caught) {
      // Already gone on the server (401) is as good as signed out; anything else is worth saying.
      const error = toApiError(caught);
      if (error.status !== 401) throw error;
    }
    apply({ status: 'signedOut', ended: 'signedOut' });
  }, [apply]);

  const value = useMemo<Session>(
    () => ({
      user: state.status === 'signedIn' ? state.info.user : null,
      loading: state.status === 'loading',
      ended: state.status === 'signedOut' ? state.ended : undefined,
      error: state.status === 'signedOut' ? state.error : undefined,
      signIn,
      signOut,
      refresh,
    }),
    [state, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside <SessionProvider>');
  return session;
}
