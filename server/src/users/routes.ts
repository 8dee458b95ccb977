import { policy } from '../auth/policies';
import { type Route, type RouteDeps, route } from '../http/routes';
import { CreateUserBody, UpdateUserBody } from './schemas';
import { createUser, getUser, listUsers, updateUser } from './service';

export function userRoutes({ db }: RouteDeps): Route[] {
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
      handler: ({ body }, { user }) => createUser(db, user, body),
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
  ];
}
