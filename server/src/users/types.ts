/** The users API's shapes (shared with the client). */
import type { Role } from '../auth/types';

export type UserView = {
  id: string;
  email: string;
  name: string;
  role: Role;
  regionCode: string | null;
  organisationIds: string[];
  disabled: boolean;
  createdAt: string;
};

/** What the client sends to add a user: a coordinator needs a region, a quality manager at least one organisation. */
export type CreateUserInput = {
  email: string;
  name: string;
  password: string;
  role: Role;
  regionCode?: string | null;
  organisationIds?: string[];
};

/** What the client sends to change a user: any of these. */
export type UpdateUserInput = Partial<Omit<CreateUserInput, 'email'>> & { disabled?: boolean };
