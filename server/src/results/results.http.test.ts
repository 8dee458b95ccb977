import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { expectNothingOwnShown } from '../test/assert';
import { type Client, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, completeAnswers } from '../test/invitations';
import { rebuildRollups } from './rollups';
import type { OrganisationResults, RegionResults } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let instrument: Instrument;
let round: { id: string };
const org: Record<'a' | 'b' | 'small' | 'other', { id: string }> = {} as never;
let first: { area: string; standard: string; indicator: string; second: string };

/** Submits a complete response: every rating indicator `base`, with overrides. */
async function answer(
  organisationId: string,
  base: number,
  overrides: Record<string, { value?: number; na?: boolean; text?: string }> = {},
) {
  const token =
    (await db('invitations').where({ round_id: round.id, organisation_id: organisationId }).first())?.token ??
    (await buildInvitation(db, round.id, organisationId));
  await request(app)
    .post(`/api/invitations/${token}/responses`)
    .send({ id: randomUUID(), language: 'fi', answers: { ...completeAnswers(instrument, base), ...overrides } })
    .expect(201);
}

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  admin = await signInAs(app, db, 'admin');
  org.a = await buildOrganisation(db, { region_code: '11', name: 'Alfa' });
  org.b = await buildOrganisation(db, { region_code: '11', name: 'Beta' });
  org.small = await buildOrganisation(db, { region_code: '11', name: 'Pieni' });
  org.other = await buildOrganisation(db, { region_code: '06', name: 'Muu' });
  round = await buildRound(db, { organisationIds: Object.values(org).map((o) => o.id), minGroupSize: 2 });
  instrument = (await admin.agent.get(`/api/rounds/${round.id}`).expect(200)).body.instrument;
  const [e1, e2] = flattenIndicators(instrument);
  first = { area: e1!.area.id, standard: e1!.standard.id, indicator: e1!.indicator.id, second: e2!.indicator.id };

  // Hand-computed fixture for the first indicator (min group size 2):
  // Alfa: 5, 3, n/a  → n 2, mean 4.00, index 75, distribution 3:1 5:1, na 1
  // Beta: 2, 2       → n 2, mean 2.00
  // Pieni: 1         → 1 response: below the minimum
  // Muu (06): 4, 4   → region 06 only
  // Region 11 (Alfa+Beta+Pieni): 5+3+2+2+1 = 13 / 5 = 2.60; country: 13+8 = 21 / 7 = 3.00
  await answer(org.a.id, 4, { [first.indicator]: { value: 5, text: 'Meillä on kirjattu käytäntö' } });
  await answer(org.a.id, 4, { [first.indicator]: { value: 3 } });
  await answer(org.a.id, 4, { [first.indicator]: { na: true, text: '=SUM(A1:A9)' } });
  await answer(org.b.id, 2, { [first.indicator]: { value: 2 } });
  await answer(org.b.id, 2, { [first.indicator]: { value: 2 } });
  await answer(org.small.id, 1, { [first.indicator]: { value: 1, text: 'Pienen salaisuus' } });
  await answer(org.other.id, 4);
  await answer(org.other.id, 4);
});
afterAll(() => db.destroy());

const results = async (c: Client, organisationId: string): Promise<OrganisationResults> =>
  (await c.agent.get(`/api/rounds/${round.id}/organisations/${organisationId}/results`).expect(200)).body;

describe('an organisation report', () => {
  it('matches the hand-computed figures, beside the region and the country', async () => {
    const r = await results(admin, org.a.id);
    expect(r).toMatchObject({ responses: 3, regionResponses: 6, countryResponses: 8, suppressed: false });
    const indicator = r.areas[0]!.standards[0]!.indicators[0]!;
    expect(indicator).toMatchObject({
      id: first.indicator,
      n: 2,
      mean: 4,
      index: 75,
      band: 'good',
      notApplicable: 1,
      region: { n: 5, mean: 2.6, index: 40, band: 'weak' },
      country: { n: 7, mean: 3, index: 50, band: 'fair' },
    });
    expect(indicator.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 0 },
      { value: 3, count: 1 },
      { value: 4, count: 0 },
      { value: 5, count: 1 },
    ]);
    expect(indicator.texts).toEqual(['=SUM(A1:A9)', 'Meillä on kirjattu käytäntö']);
    // The second indicator: Alfa 4, 4, 4 → mean 4 with n 3.
    expect(r.areas[0]!.standards[0]!.indicators[1]).toMatchObject({ n: 3, mean: 4, notApplicable: 0 });
  });

  it('gives a standard the pooled mean of all its scores and the responses behind it', async () => {
    // Alfa's first standard: 5 + 3 on the first indicator, 4 on the others (3 responses each).
    const others = instrument.areas[0]!.standards[0]!.indicators.length - 1;
    const r = await results(admin, org.a.id);
    expect(r.areas[0]!.standards[0]).toMatchObject({
      n: 3,
      mean: Math.round(((8 + 12 * others) / (2 + 3 * others)) * 100) / 100,
    });
    const manager = await signInAs(app, db, 'manager', { organisationIds: [org.b.id] });
    expect((await results(manager, org.b.id)).areas[0]!.standards[0]).toMatchObject({
      n: 2,
      mean: 2,
      index: 25,
      band: 'weak',
    });
  });

  it('agrees with rollups rebuilt from the answers (incremental = batch)', async () => {
    const before = await db('rollup_figures')
      .where('round_id', round.id)
      .orderBy(['level', 'region_code', 'organisation_id', 'element_id']);
    await rebuildRollups(db, round.id);
    const after = await db('rollup_figures')
      .where('round_id', round.id)
      .orderBy(['level', 'region_code', 'organisation_id', 'element_id']);
    const meaningful = (rows: Record<string, unknown>[]) =>
      rows.filter((r) => Number(r.score_count) > 0 || Number(r.na_count) > 0);
    expect(meaningful(after)).toEqual(meaningful(before));
    expect(before.length).toBeGreaterThan(0);
  });
});

describe('anonymity', () => {
  it('shows nothing of an organisation below the minimum, to anyone', async () => {
    const r = await results(admin, org.small.id);
    expect(r).toMatchObject({ suppressedReason: 'small', responses: 1 });
    expectNothingOwnShown(r);
    const csv = await admin.agent.get(`/api/rounds/${round.id}/organisations/${org.small.id}/results.csv`).expect(200);
    expect(csv.text).not.toContain('1,1,0'); // n 1, mean 1, index 0
    expect(csv.text).not.toContain('Pienen salaisuus');
  });

  it('withholds a partner’s figures in the region view, so the small one cannot be recovered by subtraction', async () => {
    const region: RegionResults = (await admin.agent.get(`/api/rounds/${round.id}/regions/11/results`).expect(200))
      .body;
    const by = Object.fromEntries(region.organisations.map((o) => [o.organisation.name.fi ?? '', o]));
    expect(by.Pieni?.suppressed).toBe('small');
    // The smallest shown organisation (Beta: 2 responses, before Alfa's 3) gives up its figures, not the region.
    expect(by.Beta?.suppressed).toBeNull();
    expect(Object.values(by.Beta!.standards).every((f) => f.hidden && f.reason === 'complementary')).toBe(true);
    expect(by.Beta?.standards[first.standard]).toMatchObject({ n: null, mean: null, hidden: true });
    expect(by.Alfa?.standards[first.standard]).toMatchObject({ hidden: false, n: 3 });
    expect(region.total).toMatchObject({ responses: 6, suppressed: null });
    expect(region.total.standards[first.standard]).toMatchObject({ hidden: false, n: 6 });
    // The partner is also withheld from its own report for those who see the breakdown …
    const forAdmin = await results(admin, org.b.id);
    expect(forAdmin.suppressed).toBe(false);
    expect(forAdmin.areas[0]).toMatchObject({ hidden: true, reason: 'complementary', n: null });
    // … but not from its own quality manager, who sees no other organisation of the region: the region
    // minus their own is Alfa and Pieni together (4 people), at least the minimum.
    const manager = await signInAs(app, db, 'manager', { organisationIds: [org.b.id] });
    const own = await results(manager, org.b.id);
    expect(own.areas[0]).toMatchObject({ hidden: false, n: 2, mean: 2 });
    expect(own.areas[0]!.region).toMatchObject({ hidden: false, n: 6 });
  });

  it('applies the same suppression in CSV and XLSX exports of the region', async () => {
    const csv = await admin.agent.get(`/api/rounds/${round.id}/regions/11/results.csv?dialect=plain`).expect(200);
    const lines = csv.text.split('\n');
    const beta = lines.find((l) => l.startsWith('Beta'))!;
    expect(beta.split(',').slice(0, 3)).toEqual(['Beta', '2', '']);
    expect(
      beta
        .split(',')
        .slice(3)
        .every((c) => c === ''),
    ).toBe(true);

    const xlsx = await admin.agent
      .get(`/api/rounds/${round.id}/regions/11/results.xlsx`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const pieni = rows.find((r) => r[1] === 'Pieni')!;
    expect(pieni[3]).toBe('liian vähän vastaajia');
    expect(pieni.slice(4).filter((c) => c !== undefined && c !== '')).toEqual([]);
  });

  it('leaves the small organisation out of the raw answers export', async () => {
    const csv = await admin.agent.get(`/api/rounds/${round.id}/answers.csv`).expect(200);
    expect(csv.text).toContain('Alfa');
    expect(csv.text).not.toContain('Pieni');
    expect(csv.text).not.toContain('Pienen salaisuus');
  });
});

describe('exports', () => {
  it('neutralise texts a spreadsheet would run as formulas', async () => {
    const csv = await admin.agent.get(`/api/rounds/${round.id}/answers.csv`).expect(200);
    expect(csv.text).toContain("'=SUM(A1:A9)");
    expect(csv.text).not.toMatch(/(^|,)=SUM/m);
  });

  it('give the organisation report as a table with region and country beside it', async () => {
    const csv = await admin.agent
      .get(`/api/rounds/${round.id}/organisations/${org.a.id}/results.csv?lang=sv&dialect=plain`)
      .expect(200);
    const line = csv.text.split('\n').find((l) => l.startsWith('indikator,1.1.1'))!;
    expect(line).toMatch(/,2,4,75,5,2\.6,7,3,1$/);
  });
});

/** A download's body as bytes. */
const bytes = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

describe('exports that open right', () => {
  it('give Finnish Excel its CSV: BOM, semicolons, decimal comma, Finnish headers, a file name of names', async () => {
    const res = await bytes(admin.agent.get(`/api/rounds/${round.id}/organisations/${org.a.id}/results.csv`)).expect(
      200,
    );
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''tulokset-Alfa-Testikierros.csv`);
    // As Finnish Excel reads a double-clicked file: UTF-8 after the BOM, cells split at ';', decimals with ','.
    const lines = body.subarray(3).toString('utf8').trim().split('\n');
    expect(lines[0]!.split(';').slice(0, 6)).toEqual(['Taso', 'Numero', 'Teksti', 'n', 'Keskiarvo', 'Indeksi']);
    const cells = lines.find((l) => l.startsWith('indikaattori;1.1.1;'))!.split(';');
    expect(cells.slice(3)).toEqual(['2', '4', '75', '5', '2,6', '7', '3', '1']);
    const fiNumber = (cell: string) => Number(cell.replace(',', '.'));
    expect(fiNumber(cells[7]!)).toBe(2.6);
    // English readers get the comma and the point by default.
    const en = await admin.agent.get(`/api/rounds/${round.id}/organisations/${org.a.id}/results.csv?lang=en`);
    expect(en.text.split('\n')[0]).toMatch(/^\uFEFF?Level,Number,Text,n,Mean,Index/);
  });

  it('give one XLSX workbook with the report’s sheets, facts on top, a frozen header and number formats', async () => {
    const res = await bytes(
      admin.agent.get(`/api/rounds/${round.id}/organisations/${org.a.id}/results.xlsx?lang=sv`),
    ).expect(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''resultat-Alfa-Testomg%C3%A5ng.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Sammanfattning',
      'Områden',
      'Standarder',
      'Indikatorer',
      'Fördelningar',
      'Motiveringar',
    ]);
    const indicators = book.getWorksheet('Indikatorer')!;
    expect(indicators.getCell('A1').value).toBe('Omgång');
    expect(indicators.getCell('B1').value).toBe('Testomgång');
    expect(indicators.getCell('B2').value).toBe('Alfa [fi]'); // the Finnish name, marked as such for a Swedish reader;
    expect(indicators.getCell('B3').value).toBe(new Date().toISOString().slice(0, 10));
    expect(indicators.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(indicators.getRow(5).getCell(1).value).toBe('Nummer');
    expect(indicators.getRow(5).getCell(4).value).toBe('Medelvärde');
    expect(indicators.getColumn(2).width).toBe(60);
    const first = indicators.getRow(6);
    expect(first.getCell(1).value).toBe('1.1.1');
    expect(first.getCell(4).value).toBe(4);
    expect(first.getCell(4).numFmt).toBe('0.00');
    expect(first.getCell(5).numFmt).toBe('0');
    expect(first.getCell(8).value).toBe(2.6);
    const texts = book.getWorksheet('Motiveringar')!;
    const values = texts
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain('Meillä on kirjattu käytäntö');
    expect(values).toContain('=SUM(A1:A9)'); // a typed text, never a formula
    expect(texts.getColumn(3).width).toBe(100);
  });

  it('leave the evidence sheet out where texts are not shown', async () => {
    const res = await bytes(
      admin.agent.get(`/api/rounds/${round.id}/organisations/${org.small.id}/results.xlsx`),
    ).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).not.toContain('Perustelut');
    const values = book.worksheets.flatMap((w) => w.getSheetValues().flat());
    expect(values).not.toContain('Pienen salaisuus');
  });
});

describe('scope', () => {
  it("a quality manager cannot read another organisation's evidence texts or region views", async () => {
    const manager = await signInAs(app, db, 'manager', { organisationIds: [org.b.id] });
    await manager.agent.get(`/api/rounds/${round.id}/organisations/${org.a.id}/results`).expect(403);
    await manager.agent.get(`/api/rounds/${round.id}/organisations/${org.a.id}/results.csv`).expect(403);
    await manager.agent.get(`/api/rounds/${round.id}/regions/11/results`).expect(403);
    await manager.agent.get(`/api/rounds/${round.id}/answers.csv`).expect(403);
  });

  it('a coordinator sees their region but not another, nor the country', async () => {
    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '06' });
    await coordinator.agent.get(`/api/rounds/${round.id}/regions/06/results`).expect(200);
    await coordinator.agent.get(`/api/rounds/${round.id}/regions/11/results`).expect(403);
    await coordinator.agent.get(`/api/rounds/${round.id}/results`).expect(403);
  });
});

describe('the country view', () => {
  it('shows every participating region with its responses, and the total', async () => {
    const country = (await admin.agent.get(`/api/rounds/${round.id}/results`).expect(200)).body;
    expect(
      country.regions.map((r: { region: { code: string }; responses: number; organisations: number }) => [
        r.region.code,
        r.responses,
        r.organisations,
      ]),
    ).toEqual([
      ['06', 2, 1],
      ['11', 6, 3],
    ]);
    expect(country.total).toMatchObject({ responses: 8, suppressed: null });
    expect(country.total.standards[first.standard]).toMatchObject({ n: 8 });
  });
});

describe('moving an organisation to another region', () => {
  it('moves its responses into the new region’s totals', async () => {
    const before = (await admin.agent.get(`/api/rounds/${round.id}/regions/06/results`).expect(200)).body;
    expect(before.total.responses).toBe(2);
    await admin.agent
      .patch(`/api/organisations/${org.a.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ regionCode: '06' })
      .expect(200);
    const after = (await admin.agent.get(`/api/rounds/${round.id}/regions/06/results`).expect(200)).body;
    expect(after.total.responses).toBe(5);
    expect(after.total.standards[first.standard].n).toBe(5);
    await admin.agent
      .patch(`/api/organisations/${org.a.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ regionCode: '11' })
      .expect(200);
  });
});
