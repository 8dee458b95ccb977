/**
 * The authorization matrix, generated from the route table: every API route ×
 * anonymous and every role × a target → the expected allow or deny. The
 * targets: the user's own region, organisation and a round their region
 * opened; another region's; a national round (opened by an administrator) in
 * which the user's organisation takes part; and a round of the user's region
 * in which their organisation does not take part.
 */
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../config';
import type { Db } from '../db/knex';
import type { Route } from '../http/routes';
import { apiRoutes } from '../routes';
import { buildUser } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { SESSION_COOKIE } from './middleware';
import { describePolicy, type Policy } from './policies';
import { createSession } from './sessions';
import { ROLES, type Role } from './types';

type Who = 'anonymous' | Role;
const TARGETS = ['own', 'other', 'national', 'notInRound'] as const;
type Target = (typeof TARGETS)[number];

let db: Db;
let app: Express;
const params = {} as Record<Target, Record<string, string>>;
const users: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  const own = await buildOrganisation(db, { region_code: '11' });
  const sibling = await buildOrganisation(db, { region_code: '11' });
  const other = await buildOrganisation(db, { region_code: '06' });
  const ownRound = await buildRound(db, { organisationIds: [own.id], regionCode: '11' });
  const otherRound = await buildRound(db, { organisationIds: [other.id], regionCode: '06' });
  const nationalRound = await buildRound(db, { organisationIds: [own.id, other.id] });
  const siblingRound = await buildRound(db, { organisationIds: [sibling.id], regionCode: '11' });
  const someone = await buildUser(db, 'manager', { organisationIds: [other.id] });
  // A well-formed id and format where the target does not matter (an unknown action is a 404 after the policy).
  const any = { actionId: randomUUID(), messageId: randomUUID(), reminderId: randomUUID(), format: 'csv' };
  const ownScope = { ...any, organisationId: own.id, regionCode: '11', userId: someone.id };
  params.own = { ...ownScope, roundId: ownRound.id };
  params.other = { ...any, organisationId: other.id, regionCode: '06', roundId: otherRound.id, userId: someone.id };
  params.national = { ...ownScope, roundId: nationalRound.id };
  params.notInRound = { ...ownScope, roundId: siblingRound.id };
  for (const role of ROLES) {
    users[role] = (await buildUser(db, role, { regionCode: '11', organisationIds: [own.id] })).id;
  }
});
afterAll(() => db.destroy());

type Want = 'allow' | 401 | 403 | 404;

/** What the policy promises for this caller and target. */
function expected(policy: Policy, who: Who, target: Target): Want {
  if (policy.kind === 'public') return 'allow';
  if (who === 'anonymous') return 401;
  if (policy.kind === 'signedIn') return 'allow';
  if (!policy.roles.includes(who)) return 403;
  const inScope = who === 'admin' || target !== 'other';
  switch (policy.scope) {
    case 'none':
      return 'allow';
    case 'organisation':
    case 'region':
      return inScope ? 'allow' : 403;
    case 'round':
      // A quality manager sees a round only through an organisation of theirs that takes part.
      return inScope && !(who === 'manager' && target === 'notInRound') ? 'allow' : 403;
    case 'roundOwner':
      // Administrators change any round; a coordinator only the rounds their own region opened.
      return who === 'admin' || (who === 'coordinator' && (target === 'own' || target === 'notInRound'))
        ? 'allow'
        : 403;
    case 'roundOrganisation':
      if (!inScope) return 403;
      return target === 'notInRound' ? 404 : 'allow';
  }
}

const routes = apiRoutes({ db: undefined as unknown as Db, settings: DEFAULT_SETTINGS });

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
      for (const target of TARGETS) {
        const want = expected(route.policy, who, target);
        it(`${route.method.toUpperCase()} ${route.path} as ${who} on ${target}: ${want}`, async () => {
          const res = await send(route, who, target);
          if (want === 'allow') expect([401, 403], JSON.stringify(res.body)).not.toContain(res.status);
          else expect(res.status, JSON.stringify(res.body)).toBe(want);
          if (want === 404) expect(res.body.error.code).toBe('organisation_not_in_round');
        });
      }
    }
  }
});

describe('route table', () => {
  it("guards every change of a round, or of an organisation's part of one, by ownership or participation", () => {
    const writes = routes.filter((r) => r.method !== 'get' && r.path.startsWith('/rounds/:roundId'));
    expect(writes.length).toBeGreaterThan(0);
    for (const route of writes) {
      const p = route.policy;
      const guarded =
        p.kind === 'scoped' &&
        (p.scope === 'roundOwner' ||
          (p.scope === 'roundOrganisation' && p.roundParam === 'roundId') ||
          p.roles.every((role) => role === 'admin'));
      expect(guarded, `${route.method} ${route.path}: ${describePolicy(p)}`).toBe(true);
    }
  });

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
    // The single sign-on navigations (auth/oidc.ts) are browser redirects beside the API, not API routes.
    const api = mounted.filter((m) => !/ \/api\/auth\/oidc\//.test(m));
    expect(mounted.length - api.length).toBe(3);
    mounted.splice(0, mounted.length, ...api);
    expect(mounted.length).toBe(routes.length);
    for (const m of mounted) expect(declared, m).toContain(m);
  });
});
