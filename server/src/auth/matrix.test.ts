/**
 * The authorization matrix, generated from the route table: every API route ×
 * anonymous and every role × a target in the user's own scope and in another's
 * → the expected allow or deny.
 */
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import type { Route } from '../http/routes';
import { apiRoutes } from '../routes';
import { buildUser } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { SESSION_COOKIE } from './middleware';
import type { Policy } from './policies';
import { createSession } from './sessions';
import { ROLES, type Role } from './types';

type Who = 'anonymous' | Role;
type Target = 'own' | 'other';

let db: Db;
let app: Express;
const params: Record<Target, Record<string, string>> = { own: {}, other: {} };
const users: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  const own = await buildOrganisation(db, { region_code: '11' });
  const other = await buildOrganisation(db, { region_code: '06' });
  const ownRound = await buildRound(db, { organisationIds: [own.id] });
  const otherRound = await buildRound(db, { organisationIds: [other.id] });
  const someone = await buildUser(db, 'manager', { organisationIds: [other.id] });
  params.own = { organisationId: own.id, regionCode: '11', roundId: ownRound.id, userId: someone.id };
  params.other = { organisationId: other.id, regionCode: '06', roundId: otherRound.id, userId: someone.id };
  for (const role of ROLES) {
    users[role] = (await buildUser(db, role, { regionCode: '11', organisationIds: [own.id] })).id;
  }
});
afterAll(() => db.destroy());

/** What the policy promises for this caller and target. */
function expected(policy: Policy, who: Who, target: Target): 'allow' | 401 | 403 {
  if (policy.kind === 'public') return 'allow';
  if (who === 'anonymous') return 401;
  if (policy.kind === 'signedIn') return 'allow';
  if (!policy.roles.includes(who)) return 403;
  if (policy.scope === 'none' || who === 'admin' || target === 'own') return 'allow';
  return 403;
}

const routes = apiRoutes({ db: undefined as unknown as Db });

/** Each request gets a fresh session, so that signing out in one row does not touch another. */
async function send(route: Route, who: Who, target: Target) {
  const url = `/api${route.path.replace(/:(\w+)/g, (_m, name: string) => params[target][name] ?? 'x')}`;
  const req = request(app)[route.method](url);
  if (who !== 'anonymous') {
    const session = await createSession(db, users[who]!);
    req.set('Cookie', `${SESSION_COOKIE}=${session.token}`).set('X-CSRF-Token', session.csrfToken);
  }
  return route.method === 'get' || route.method === 'delete' ? req : req.send({});
}

describe('authorization matrix', () => {
  for (const route of routes) {
    for (const who of ['anonymous', ...ROLES] as Who[]) {
      for (const target of ['own', 'other'] as Target[]) {
        const want = expected(route.policy, who, target);
        it(`${route.method.toUpperCase()} ${route.path} as ${who} on ${target}: ${want}`, async () => {
          const res = await send(route, who, target);
          if (want === 'allow') expect([401, 403], JSON.stringify(res.body)).not.toContain(res.status);
          else expect(res.status).toBe(want);
        });
      }
    }
  }
});

describe('route table', () => {
  it('declares a policy for every route, and the app mounts no API route outside it', () => {
    for (const route of routes) expect(route.policy, `${route.method} ${route.path}`).toBeDefined();
    const declared = new Set(routes.map((r) => `${r.method} /api${r.path}`));
    const mounted: string[] = [];
    type Layer = { route?: { path: unknown; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };
    const walk = (stack: Layer[], prefix: string) => {
      for (const layer of stack) {
        if (layer.route && typeof layer.route.path === 'string') {
          for (const m of Object.keys(layer.route.methods)) mounted.push(`${m} ${prefix}${layer.route.path}`);
        } else if (layer.handle?.stack) walk(layer.handle.stack, '/api');
      }
    };
    walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
    expect(mounted.length).toBe(routes.length);
    for (const m of mounted) expect(declared, m).toContain(m);
  });
});
