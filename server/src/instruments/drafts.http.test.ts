import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { type Client, send, signInAs } from '../test/auth';
import { createTestApp, createTestDb } from '../test/db';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  admin = await signInAs(app, db, 'admin');
});
afterAll(() => db.destroy());

type Doc = {
  version: string;
  replaces?: Record<string, string[]>;
  areas: Array<{ standards: Array<{ indicators: Array<{ id: string; question: Record<string, string> }> }> }>;
};

describe('instrument drafts in the editor', () => {
  it('starts 1.1.0 from 1.0.0, autosaves with revisions, refuses a stale save and publishes', async () => {
    const created = await send(admin, 'post', '/api/instrument-drafts', {
      from: { instrumentId: 'elo-quality', version: '1.0.0' },
    }).expect(201);
    const draft = created.body;
    expect(draft).toMatchObject({ instrumentId: 'elo-quality', basedOn: '1.0.0', version: '1.1.0', revision: 0 });
    expect(draft.previous.version).toBe('1.0.0');
    expect(draft.check).toEqual({ ok: true, problems: [] });

    const doc = draft.document as Doc;
    const first = doc.areas[0]!.standards[0]!.indicators[0]!;
    delete first.question.sv;
    const saved = (
      await send(admin, 'put', `/api/instrument-drafts/${draft.id}`, { revision: 0, document: doc }).expect(200)
    ).body;
    expect(saved.revision).toBe(1);
    expect(saved.check.ok).toBe(false);
    expect(saved.check.problems[0]).toMatchObject({
      rule: 'missing_text',
      path: 'areas[0].standards[0].indicators[0].question.sv',
    });

    // A second tab still on revision 0 cannot overwrite the newer save.
    const stale = await send(admin, 'put', `/api/instrument-drafts/${draft.id}`, { revision: 0, document: doc }).expect(
      409,
    );
    expect(stale.body.error.code).toBe('stale_revision');
    // Nor can anything make it 500: a wrong body is a 400 that says where.
    const wrong = await send(admin, 'put', `/api/instrument-drafts/${draft.id}`, { revision: -1, document: [] }).expect(
      400,
    );
    expect(wrong.body.error.code).toBe('validation_failed');

    // Publishing an invalid draft is refused with its problems; fixed, it becomes 1.1.0.
    await send(admin, 'post', `/api/instrument-drafts/${draft.id}/publish`, { revision: 1 }).expect(400);
    first.question.sv = 'Ny fråga?';
    first.id = `${first.id}-v2`;
    doc.replaces = { [first.id.replace(/-v2$/, '')]: [first.id] };
    await send(admin, 'put', `/api/instrument-drafts/${draft.id}`, { revision: 1, document: doc }).expect(200);
    const published = await send(admin, 'post', `/api/instrument-drafts/${draft.id}/publish`, { revision: 2 }).expect(
      200,
    );
    expect(published.body).toMatchObject({ instrumentId: 'elo-quality', version: '1.1.0', status: 'published' });
    await admin.agent.get(`/api/instrument-drafts/${draft.id}`).expect(404);

    // The next draft from 1.0.0 takes the next free number.
    const next = await send(admin, 'post', '/api/instrument-drafts', {
      from: { instrumentId: 'elo-quality', version: '1.0.0' },
    }).expect(201);
    expect(next.body.version).toBe('1.2.0');
    await send(admin, 'delete', `/api/instrument-drafts/${next.body.id}`).expect(204);
  });

  it('starts a new instrument with an unused id, and only administrators use drafts', async () => {
    const created = await send(admin, 'post', '/api/instrument-drafts', { instrumentId: 'new-instrument' }).expect(201);
    expect(created.body).toMatchObject({ instrumentId: 'new-instrument', basedOn: null, previous: null });
    expect(created.body.check.problems.map((p: { rule: string }) => p.rule)).toContain('text_required');
    await send(admin, 'post', '/api/instrument-drafts', { instrumentId: 'elo-quality' }).expect(409);
    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
    await coordinator.agent.get(`/api/instrument-drafts/${created.body.id}`).expect(403);
  });
});
