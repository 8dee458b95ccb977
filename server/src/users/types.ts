/** The users API's shapes (shared with the client). */
import type { Role } from '../auth/types';
import type { Language } from '../instrument/text';

export type UserView = {
  id: string;
  email: string;
  name: string;
  role: Role;
  regionCode: string | null;
  organisationIds: string[];
  disabled: boolean;
  createdAt: string;
  /** The language of the account's mail. */
  language: Language;
  /** Whether the account may sign in with a password (else only with single sign-on). */
  passwordLogin: boolean;
  /** Whether a password has been set (an invited account has none until its link is used). */
  hasPassword: boolean;
  /** Whether an identity of the single sign-on provider is linked to the account. */
  singleSignOn: boolean;
  /** Created by single sign-on for an allowed domain: no access until an administrator grants a role. */
  awaitingRole: boolean;
};

/**
 * What the client sends to add a user: a coordinator needs a region, a quality manager at least one
 * organisation. The user gets a mailed single-use link to set their password.
 */
export type CreateUserInput = {
  email: string;
  name: string;
  language?: Language;
  role: Role;
  regionCode?: string | null;
  organisationIds?: string[];
};

/** What the client sends to change a user: any of these. */
export type UpdateUserInput = Partial<Omit<CreateUserInput, 'email'>> & { disabled?: boolean; passwordLogin?: boolean };
