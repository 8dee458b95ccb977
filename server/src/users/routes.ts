import { policy } from '../auth/policies';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { CreateUserBody, UpdateUserBody } from './schemas';
import { createUser, getUser, listUsers, updateUser } from './service';

export function userRoutes({ db }: RouteDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/users',
      policy: policy.admin,
      handler: async (_req, res) => {
        res.json(await listUsers(db));
      },
    },
    {
      method: 'post',
      path: '/users',
      policy: policy.admin,
      handler: async (req, res) => {
        res.status(201).json(await createUser(db, req.auth!.user, parseInput(CreateUserBody, req.body)));
      },
    },
    {
      method: 'get',
      path: '/users/:userId',
      policy: policy.admin,
      handler: async (req, res) => {
        res.json(await getUser(db, req.params.userId as string));
      },
    },
    {
      method: 'patch',
      path: '/users/:userId',
      policy: policy.admin,
      handler: async (req, res) => {
        res.json(
          await updateUser(db, req.auth!.user, req.params.userId as string, parseInput(UpdateUserBody, req.body)),
        );
      },
    },
  ];
}
