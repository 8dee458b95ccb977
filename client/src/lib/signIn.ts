/** The sign-in page's address and the page to come back to afterwards. */

/** Why the sign-in page was opened: to say so above the form. */
export type SignInReason = 'expired' | 'ended' | 'required' | 'signedOut';
const REASONS: readonly SignInReason[] = ['expired', 'ended', 'required', 'signedOut'];

export const SIGN_IN_PATH = '/sign-in';
export const STAFF_HOME = '/staff';

/**
 * A page of this site to go to after signing in: a path starting with a single
 * slash (never `//host` or `/\host`, which browsers read as another site),
 * and not the sign-in page itself. Anything else gives the staff home page.
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return STAFF_HOME;
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`) || value.startsWith(`${SIGN_IN_PATH}/`)) {
    return STAFF_HOME;
  }
  return value;
}

/** `/sign-in?reason=expired&next=%2Fstaff%2Frounds%2F…` */
export function signInUrl({ reason, next }: { reason?: SignInReason; next?: string } = {}): string {
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  if (next && safeNextPath(next) !== STAFF_HOME) params.set('next', next);
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

export function parseReason(value: string | null): SignInReason | undefined {
  return REASONS.find((reason) => reason === value);
}
