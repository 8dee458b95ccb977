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

export type SessionInfo = { user: SessionUser; csrfToken: string; expiresAt: string };

/** The length of a password, in characters (the client shows the same rule). */
export const PASSWORD_RULES = { min: 12, max: 256 } as const;

/** What the client sends to sign in. */
export type SignInInput = { email: string; password: string };
