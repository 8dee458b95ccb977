/** The user accounts API (shared with the client). */
import { get, patch, post } from '../http/endpoint.shared';
import type { CreateUserInput, UpdateUserInput, UserView } from './types';

export const userEndpoints = {
  users: get('/users').returns<UserView[]>(),
  createUser: post('/users').body<CreateUserInput>().created<UserView>(),
  user: get('/users/:userId').returns<UserView>(),
  updateUser: patch('/users/:userId').body<UpdateUserInput>().returns<UserView>(),
  /** Mails the user a new link to set their password (an invitation, or a reset once they have one). */
  inviteUser: post('/users/:userId/invitation').returns<UserView>(),
};
