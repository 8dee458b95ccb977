import { policy } from '../auth/policies';
import { type Route, type RouteDeps, route } from '../http/routes';
import { CreateUserBody, UpdateUserBody } from './schemas';
import { createUser, getUser, inviteUser, listUsers, updateUser } from './service';

export function userRoutes({ db, settings }: RouteDeps): Route[] {
  return [
    route('users', {
      method: 'get',
      path: '/users',
      status: 200,
      policy: policy.admin,
      input: {},
      handler: () => listUsers(db),
    }),
    route('createUser', {
      method: 'post',
      path: '/users',
      status: 201,
      policy: policy.admin,
      input: { body: CreateUserBody },
      // The invitation mail in the language asked for, else the one the administrator's browser asks for.
      handler: ({ body }, { user, language }) =>
        createUser(db, user, { ...body, language: body.language ?? language }, { publicUrl: settings.publicUrl }),
    }),
    route('user', {
      method: 'get',
      path: '/users/:userId',
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }) => getUser(db, params.userId),
    }),
    route('updateUser', {
      method: 'patch',
      path: '/users/:userId',
      status: 200,
      policy: policy.admin,
      input: { body: UpdateUserBody },
      handler: ({ params, body }, { user }) => updateUser(db, user, params.userId, body),
    }),
    route('inviteUser', {
      method: 'post',
      path: '/users/:userId/invitation',
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }, { user }) => inviteUser(db, user, params.userId, settings.publicUrl),
    }),
  ];
}
