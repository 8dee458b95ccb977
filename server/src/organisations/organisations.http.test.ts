import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { type Client, send, signInAs } from '../test/auth';
import { buildOrganisation, createTestApp, createTestDb } from '../test/db';
import type { OrganisationDetail, OrganisationListItem, OrganisationSummary, RegionView } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let coordinator: Client;
beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  admin = await signInAs(app, db, 'admin');
  coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
});
afterAll(() => db.destroy());

const audited = (action: string, targetId: string) =>
  db('audit_log').where({ action, target_id: targetId }).first('user_id');

describe('regions', () => {
  it('lists the 19 regions by code with their names in three languages', async () => {
    const regions: RegionView[] = (await coordinator.agent.get('/api/regions').expect(200)).body;
    expect(regions).toHaveLength(19);
    expect(regions.map((r) => r.code)).toEqual([...regions.map((r) => r.code)].sort());
    expect(regions.find((r) => r.code === '11')).toEqual({
      code: '11',
      name: { fi: 'Pohjois-Savo', sv: 'Norra Savolax', en: 'North Savo' },
    });
  });

  it('an administrator renames a region in all three languages, audited', async () => {
    const name = { fi: 'Kainuu (uusi)', sv: 'Kajanaland (ny)', en: 'Kainuu (new)' };
    const res = await send(admin, 'put', '/api/regions/18', { name }).expect(200);
    expect(res.body).toEqual({ code: '18', name });
    const regions: RegionView[] = (await admin.agent.get('/api/regions').expect(200)).body;
    expect(regions.find((r) => r.code === '18')?.name).toEqual(name);
    expect(await audited('region.update', '18')).toBeDefined();
  });

  it('refuses a missing language, an unknown region and a coordinator', async () => {
    const partial = await send(admin, 'put', '/api/regions/18', { name: { fi: 'Kainuu' } }).expect(400);
    expect(partial.body.error.problems.map((p: { path: string }) => p.path)).toEqual(['name.sv', 'name.en']);
    const name = { fi: 'Ei ole', sv: 'Finns inte', en: 'Does not exist' };
    expect((await send(admin, 'put', '/api/regions/99', { name }).expect(404)).body.error.code).toBe('not_found');
    await send(coordinator, 'put', '/api/regions/11', { name }).expect(403);
  });
});

describe('organisations', () => {
  it('a coordinator adds an organisation to their region, audited, and reads it back', async () => {
    const res = await send(coordinator, 'post', '/api/organisations', {
      name: '  Savon opisto  ',
      regionCode: '11',
    }).expect(201);
    const created: OrganisationDetail = res.body;
    expect(created).toEqual({
      id: expect.any(String),
      name: { fi: 'Savon opisto' },
      language: null,
      regionCode: '11',
      regionName: { fi: 'Pohjois-Savo', sv: 'Norra Savolax', en: 'North Savo' },
      contactEmail: null,
      contactLanguage: 'fi',
    });
    expect((await coordinator.agent.get(`/api/organisations/${created.id}`).expect(200)).body).toEqual(created);
    expect(await audited('organisation.create', created.id)).toBeDefined();
  });

  it('refuses an unknown region by its code, and a region outside the coordinator’s', async () => {
    const unknown = await send(admin, 'post', '/api/organisations', { name: 'Opisto', regionCode: '98' }).expect(400);
    expect(unknown.body.error.problems).toEqual([
      expect.objectContaining({ path: 'regionCode', code: 'unknown_region' }),
    ]);
    const bad = await send(admin, 'post', '/api/organisations', { name: 'Opisto', regionCode: '1' }).expect(400);
    expect(bad.body.error.path).toBe('regionCode');
    const foreign = await send(coordinator, 'post', '/api/organisations', { name: 'Opisto', regionCode: '06' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('forbidden');
  });

  it('renames and moves an organisation; an empty change returns it unchanged', async () => {
    const org = await buildOrganisation(db, { region_code: '11' });
    const renamed = await send(admin, 'patch', `/api/organisations/${org.id}`, { name: 'Uusi nimi' }).expect(200);
    expect(renamed.body).toMatchObject({ id: org.id, name: { fi: 'Uusi nimi' }, regionCode: '11' });
    const moved = await send(admin, 'patch', `/api/organisations/${org.id}`, { regionCode: '06' }).expect(200);
    expect(moved.body).toMatchObject({ name: { fi: 'Uusi nimi' }, regionCode: '06', regionName: { fi: 'Pirkanmaa' } });
    const same = await send(admin, 'patch', `/api/organisations/${org.id}`, {}).expect(200);
    expect(same.body).toEqual(moved.body);
    // The rename and the move are audited; the empty change is not.
    const updates = await db('audit_log').where({ action: 'organisation.update', target_id: org.id });
    expect(updates).toHaveLength(2);
  });

  it('a coordinator cannot move their organisation to another region; an unknown organisation is 404', async () => {
    const org = await buildOrganisation(db, { region_code: '11' });
    await send(coordinator, 'patch', `/api/organisations/${org.id}`, { regionCode: '06' }).expect(403);
    expect((await db('organisations').where('id', org.id).first()).region_code).toBe('11');
    const unknown = randomUUID();
    const missing = await send(admin, 'patch', `/api/organisations/${unknown}`, { name: 'Nimi' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect((await admin.agent.get(`/api/organisations/${unknown}`)).status).toBe(404);
  });

  it('an id that is no UUID is a 400 that names the path parameter', async () => {
    const malformed = await send(admin, 'patch', '/api/organisations/no-such-organisation', { name: 'Nimi' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'validation_failed', path: 'params.organisationId' });
    const read = await admin.agent.get('/api/organisations/no-such-organisation');
    expect(read.status).toBe(400);
    expect(read.body.error.path).toBe('params.organisationId');
  });
});

describe('organisation names in three languages', () => {
  it('a bilingual organisation has two names, English optional; its link language needs a name in it', async () => {
    const res = await send(admin, 'post', '/api/organisations', {
      name: { fi: 'Rannikon opisto', sv: 'Kustens institut', en: '' },
      regionCode: '15',
      language: 'sv',
    }).expect(201);
    expect(res.body).toMatchObject({ name: { fi: 'Rannikon opisto', sv: 'Kustens institut' }, language: 'sv' });
    expect(res.body.name).not.toHaveProperty('en');
    const row = await db('organisations').where('id', res.body.id).first();
    // The sort name is the one in the organisation's own language.
    expect(row).toMatchObject({ name: 'Kustens institut', name_fi: 'Rannikon opisto', name_en: null });

    const renamed = await send(admin, 'patch', `/api/organisations/${res.body.id}`, { name: 'Kustens skola' }).expect(
      200,
    );
    expect(renamed.body.name).toEqual({ fi: 'Rannikon opisto', sv: 'Kustens skola' });
  });

  it('refuses names without Finnish or Swedish, and a link language without a name in it, by path', async () => {
    const englishOnly = await send(admin, 'post', '/api/organisations', {
      name: { en: 'Coast College' },
      regionCode: '15',
    });
    expect(englishOnly.status).toBe(400);
    expect(englishOnly.body.error.problems).toEqual([
      expect.objectContaining({ path: 'name.fi', code: 'name_missing' }),
    ]);
    const noSwedish = await send(admin, 'post', '/api/organisations', {
      name: { fi: 'Rannikon opisto' },
      regionCode: '15',
      language: 'sv',
    });
    expect(noSwedish.body.error.problems).toEqual([expect.objectContaining({ path: 'name.sv', code: 'name_missing' })]);
    const org = await buildOrganisation(db, { region_code: '15' });
    const patch = await send(admin, 'patch', `/api/organisations/${org.id}`, { language: 'sv' });
    expect(patch.status).toBe(400);
    expect(patch.body.error.problems[0]).toMatchObject({ path: 'name.sv', code: 'name_missing' });
    const bad = await send(admin, 'patch', `/api/organisations/${org.id}`, { language: 'de' });
    expect(bad.body.error.path).toBe('language');
  });
});

describe('the contact for round mail', () => {
  it('is set on adding and changed or cleared later, for staff only, lower-cased, audited', async () => {
    const created = await send(coordinator, 'post', '/api/organisations', {
      name: 'Ohjaamo Kuopio',
      regionCode: '11',
      contactEmail: ' Ohjaamo@Kuopio.example ',
      contactLanguage: 'sv',
    }).expect(201);
    expect(created.body).toMatchObject({ contactEmail: 'ohjaamo@kuopio.example', contactLanguage: 'sv' });
    const id: string = created.body.id;
    const read = await coordinator.agent.get(`/api/organisations/${id}`).expect(200);
    expect(read.body).toMatchObject({ contactEmail: 'ohjaamo@kuopio.example', contactLanguage: 'sv' });
    // The list, which respondents' views share, carries no contact.
    const listed: OrganisationSummary[] = (await coordinator.agent.get('/api/organisations').expect(200)).body;
    expect(listed.find((o) => o.id === id)).not.toHaveProperty('contactEmail');
    expect(listed.find((o) => o.id === id)).toMatchObject({ hasContact: true });

    const changed = await send(coordinator, 'patch', `/api/organisations/${id}`, { contactLanguage: 'en' }).expect(200);
    expect(changed.body).toMatchObject({ contactEmail: 'ohjaamo@kuopio.example', contactLanguage: 'en' });
    const cleared = await send(coordinator, 'patch', `/api/organisations/${id}`, { contactEmail: '' }).expect(200);
    expect(cleared.body).toMatchObject({ contactEmail: null, contactLanguage: 'en' });
    const relisted: OrganisationListItem[] = (await coordinator.agent.get('/api/organisations').expect(200)).body;
    expect(relisted.find((o) => o.id === id)).toMatchObject({ hasContact: false });
    expect(await db('organisations').where('id', id).first('contact_email')).toEqual({ contact_email: null });
    expect(await audited('organisation.update', id)).toBeDefined();
  });

  it('a new organisation without a contact has none, in Finnish', async () => {
    const res = await send(admin, 'post', '/api/organisations', { name: 'Lukio', regionCode: '06' }).expect(201);
    expect(res.body).toMatchObject({ contactEmail: null, contactLanguage: 'fi' });
  });

  it('refuses an address that is not one and an unknown language, by path', async () => {
    const org = await buildOrganisation(db, { region_code: '15' });
    const email = await send(admin, 'patch', `/api/organisations/${org.id}`, { contactEmail: 'ohjaamo at kunta' });
    expect(email.status).toBe(400);
    expect(email.body.error.path).toBe('contactEmail');
    const language = await send(admin, 'patch', `/api/organisations/${org.id}`, { contactLanguage: 'de' });
    expect(language.status).toBe(400);
    expect(language.body.error.path).toBe('contactLanguage');
    const none = await send(admin, 'patch', `/api/organisations/${org.id}`, { contactLanguage: null });
    expect(none.status).toBe(400);
  });
});
