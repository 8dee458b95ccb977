/** Who is signed in, as the API presents it (shared with the client). */
export const ROLES = ['admin', 'coordinator', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The coordinator's region. */
  regionCode: string | null;
  /** The quality manager's organisations. */
  organisationIds: string[];
};

export type SessionInfo = {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
  /** How this session was signed in: after single sign-on, signing out offers the provider's sign-out too. */
  via: 'local' | 'sso';
};

/** The length of a password, in characters (the client shows the same rule). */
export const PASSWORD_RULES = { min: 12, max: 256 } as const;

/** What the client sends to sign in. */
export type SignInInput = { email: string; password: string };

/** Asks for a password reset link; the answer is the same whether or not the address has an account. */
export type PasswordResetInput = { email: string };

/** Sets a password with the token of a mailed link (invitation or reset). */
export type SetPasswordInput = { token: string; password: string };

/** How staff can sign in here: the sign-in page offers single sign-on when it is configured. */
export type SignInOptions = {
  /** The provider's name for the button, or null for the generic "organisation account". */
  singleSignOn: { name: string | null } | null;
};
