/**
 * A route that does not serve its endpoint as the contract declares it does
 * not compile. These run through the typechecker (npm run typecheck): an
 * unused @ts-expect-error fails it. The route() calls also run, so a declared
 * route is checked to carry its name, status and input.
 */
import { describe, expect, it } from 'vitest';
import { policy } from '../auth/policies';
import { ExportQuery } from '../results/schemas';
import { CreateUserBody, UpdateUserBody } from '../users/schemas';
import type { UserView } from '../users/types';
import { Reply, route } from './routes';

const someone = {} as UserView;
const admin = policy.admin;

describe('route()', () => {
  it('takes a route that serves its endpoint, with typed input', () => {
    const r = route('updateUser', {
      method: 'patch',
      path: '/users/:userId',
      status: 200,
      policy: admin,
      input: { body: UpdateUserBody },
      handler: ({ params, body }) => {
        const id: string = params.userId;
        const name: string | undefined = body.name;
        return { ...someone, id, name: name ?? '' };
      },
    });
    expect(r).toMatchObject({ name: 'updateUser', method: 'patch', status: 200, produces: 'json' });
    expect(r.input.body).toBe(UpdateUserBody);
    expect(r.input.params.safeParse({ userId: 'not-a-uuid' }).success).toBe(false);
  });

  it('does not compile when the route drifts from its endpoint', () => {
    const get = { method: 'get', path: '/users', status: 200, policy: admin } as const;
    // @ts-expect-error another method
    route('users', { ...get, method: 'post', input: {}, handler: () => [someone] });
    // @ts-expect-error another status
    route('users', { ...get, status: 201, input: {}, handler: () => [someone] });
    // @ts-expect-error another response type
    route('users', { ...get, input: {}, handler: () => someone });
    expect(() =>
      // @ts-expect-error no input declared
      route('users', { ...get, handler: () => [someone] }),
    ).toThrow(/declares no input/);
    expect(() =>
      // @ts-expect-error no status declared
      route('users', { method: 'get', path: '/users', policy: admin, input: {}, handler: () => [someone] }),
    ).toThrow(/declares no input or status/);
    // @ts-expect-error a body schema where the endpoint takes none
    route('users', { ...get, input: { body: CreateUserBody }, handler: () => [someone] });
    // @ts-expect-error a query schema where the endpoint takes none
    route('users', { ...get, input: { query: ExportQuery }, handler: () => [someone] });
    const post = { method: 'post', path: '/users', status: 201, policy: admin } as const;
    // @ts-expect-error no body schema where the endpoint takes a body
    route('createUser', { ...post, input: {}, handler: () => someone });
    // @ts-expect-error a body schema that accepts another input
    route('createUser', { ...post, input: { body: UpdateUserBody }, handler: () => someone });
    const organisations = { method: 'get', path: '/organisations', status: 200, policy: admin } as const;
    // @ts-expect-error a query schema with other keys
    route('organisations', { ...organisations, input: { query: ExportQuery }, handler: () => [] });
    const file = { method: 'get', path: '/rounds/:roundId/answers.csv', status: 200, policy: admin } as const;
    // @ts-expect-error a file route that does not say it produces a file
    route('rawAnswers', { ...file, input: {}, handler: () => {} });
    route('user', {
      method: 'get',
      path: '/users/:userId',
      status: 200,
      policy: admin,
      input: {},
      // @ts-expect-error a path parameter the path does not have
      handler: ({ params }) => ({ ...someone, id: params.roundId }),
    });
  });

  it('lets a handler answer another success status only through Reply, with the same type', () => {
    const submit = { method: 'post', path: '/users', status: 201, policy: admin } as const;
    route('createUser', { ...submit, input: { body: CreateUserBody }, handler: () => new Reply(200, someone) });
    // @ts-expect-error a Reply of another type
    route('createUser', { ...submit, input: { body: CreateUserBody }, handler: () => new Reply(200, [someone]) });
  });
});
