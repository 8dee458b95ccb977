/**
 * The route table against the contract: every endpoint of the contract is
 * served by exactly one route with the same method, path, status and kind,
 * every route serves an endpoint of the contract, and every route declares
 * its status and its input (a params schema for exactly its path's
 * parameters, a body schema exactly when the endpoint takes a body, a query
 * schema exactly when it takes a query, every query key optional).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { policy } from '../auth/policies';
import { DEFAULT_SETTINGS } from '../config';
import { api } from '../contract';
import type { Db } from '../db/knex';
import { apiRoutes } from '../routes';
import { type AnyEndpoint, paramNames } from './endpoint.shared';
import { PATH_PARAMS } from './params';
import { type Route, route } from './routes';

const routes = apiRoutes({ db: undefined as unknown as Db, settings: DEFAULT_SETTINGS });

/** Every way the table fails the contract, one line each. */
function tableProblems(table: Route[], contract: Record<string, AnyEndpoint>): string[] {
  const problems: string[] = [];
  const served = new Map<string, number>();
  const seen = new Set<string>();
  for (const r of table) {
    const at = `${String(r.method).toUpperCase()} ${r.path} (${r.name})`;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) problems.push(`${at}: mounted twice`);
    seen.add(key);
    served.set(r.name, (served.get(r.name) ?? 0) + 1);
    if (typeof r.status !== 'number' || r.status < 200 || r.status > 299) problems.push(`${at}: no success status`);
    const endpoint = Object.hasOwn(contract, r.name) ? contract[r.name] : undefined;
    if (!endpoint) problems.push(`${at}: not in the contract`);
    else {
      for (const field of ['method', 'path', 'status', 'produces'] as const) {
        if (r[field] !== endpoint[field])
          problems.push(`${at}: ${field} ${r[field]}, the contract's ${endpoint[field]}`);
      }
    }
    if (!r.input) {
      problems.push(`${at}: declares no input`);
      continue;
    }
    const params = r.input.params instanceof z.ZodObject ? Object.keys(r.input.params.shape).sort() : undefined;
    if (JSON.stringify(params) !== JSON.stringify(paramNames(r.path).sort())) {
      problems.push(`${at}: the params schema is not its path's parameters`);
    }
    if (endpoint && !!r.input.body !== endpoint.takes.body) problems.push(`${at}: body schema ≠ the contract's`);
    if (endpoint && !!r.input.query !== endpoint.takes.query) problems.push(`${at}: query schema ≠ the contract's`);
    if (r.input.query && !r.input.query.safeParse({}).success) problems.push(`${at}: a query key is required`);
  }
  for (const name of Object.keys(contract)) {
    const n = served.get(name) ?? 0;
    if (n !== 1) problems.push(`${name}: served by ${n} routes`);
  }
  return problems;
}

describe('the route table serves the contract', () => {
  it('every endpoint by exactly one route with the same method, path, status and input', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.length).toBe(Object.keys(api).length);
    expect(tableProblems(routes, api)).toEqual([]);
  });

  it('names every path parameter in PATH_PARAMS, as identifiers', () => {
    for (const endpoint of Object.values(api)) {
      for (const name of paramNames(endpoint.path)) expect(Object.keys(PATH_PARAMS)).toContain(name);
      expect(endpoint.path.replace(/:\w+/g, '')).not.toContain(':');
    }
  });

  it('files are GETs a plain link reaches: 200, no body', () => {
    const files = routes.filter((r) => r.produces === 'file');
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const r of files) expect([r.method, r.status, r.input.body]).toEqual(['get', 200, undefined]);
  });
});

describe('the check fails on a table that drifts', () => {
  const users = routes.find((r) => r.name === 'users')!;
  const createUser = routes.find((r) => r.name === 'createUser')!;
  const others = routes.filter((r) => r !== users && r !== createUser);
  const table = (...planted: Route[]) => tableProblems([...others, ...planted], api);

  it.each([
    ['a route without input', { ...users, input: undefined } as unknown as Route, /declares no input/],
    ['a route without status', { ...users, status: undefined } as unknown as Route, /no success status/],
    ['another status', { ...users, status: 201 }, /status 201, the contract's 200/],
    ['another method', { ...users, method: 'post' } as Route, /method post, the contract's get/],
    ['another path', { ...users, path: '/people' }, /path \/people/],
    ['a params schema that misses a parameter', { ...users, path: '/users/:userId' }, /params schema/],
    ['a body where the endpoint takes none', { ...users, input: { ...users.input, body: z.object({}) } }, /body/],
    ['a required query key', { ...users, input: { ...users.input, query: z.object({ q: z.string() }) } }, /query/],
  ])('%s', (_what, planted, problem) => {
    expect(table(planted, createUser)).toContainEqual(expect.stringMatching(problem));
  });

  it('a body endpoint served without a body schema', () => {
    const planted = { ...createUser, input: { params: createUser.input.params } };
    expect(table(users, planted)).toEqual([`POST /users (createUser): body schema ≠ the contract's`]);
  });

  it('an endpoint served by no route, or by two', () => {
    expect(table(users)).toEqual(['createUser: served by 0 routes']);
    expect(table(users, createUser, { ...createUser, path: '/users/new' })).toContainEqual(
      'createUser: served by 2 routes',
    );
  });

  it('a route outside the contract', () => {
    expect(table(users, createUser, { ...users, name: 'people' } as unknown as Route)).toContainEqual(
      expect.stringMatching(/not in the contract/),
    );
  });

  it('a path parameter without a schema does not start', () => {
    const planted = { ...api.user, path: '/users/:nobody' };
    const spec = { ...planted, policy: policy.admin, input: {}, handler: () => undefined };
    expect(() => route('user', spec as never)).toThrow(/:nobody is not in PATH_PARAMS/);
  });
});
