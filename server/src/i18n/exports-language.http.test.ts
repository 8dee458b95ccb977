/**
 * Every export (each file endpoint of the contract, CSV and XLSX) fetched as a
 * Swedish viewer over the demo data: no Finnish or English word of the
 * product's own vocabulary may reach it. What respondents wrote (evidence,
 * open answers) is theirs and stays in their language; names are checked by
 * the name helper's marking (a fallback carries its language code).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, DEMO_ROUND_ID } from '../../../seeds/demo';
import { api } from '../contract';
import type { Db } from '../db/knex';
import { seedDemo } from '../db/seed';
import { type Client, signInAs } from '../test/auth';
import { createTestApp, createTestDb } from '../test/db';
import { untranslatedWords } from './literals';

let db: Db;
let admin: Client;
/** What respondents wrote, and the names of things as stored: not the product's words. */
let ownTexts: Set<string>;

const SWEDISH_ORGANISATION = DEMO_ORGANISATIONS.find((o) => o.language === 'sv' && !o.group)!;

/** A value for each path parameter an export can have; a new one fails the test until it is given here. */
const PARAMS: Record<string, string[]> = {
  roundId: [DEMO_ROUND_ID],
  organisationId: [SWEDISH_ORGANISATION.id, DEMO_ORGANISATIONS[0]!.id],
  regionCode: ['15'],
  format: ['csv', 'xlsx'],
};

function urls(path: string): string[] {
  let out = [path];
  for (const name of path.match(/:(\w+)/g) ?? []) {
    const values = PARAMS[name.slice(1)];
    if (!values) throw new Error(`no value for ${name} of ${path}: add one to PARAMS`);
    out = out.flatMap((url) => values.map((value) => url.replace(name, value)));
  }
  return out;
}

/** RFC 4180: quoted cells may hold separators, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function cells(url: string): Promise<string[][]> {
  const res = await admin.agent
    .get(url)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  expect(res.status, `${url}: ${res.status}`).toBe(200);
  const body = res.body as Buffer;
  if (url.includes('.xlsx')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.eachSheet((sheet) => {
      rows.push([sheet.name]);
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
    });
    return rows;
  }
  const disposition = String(res.headers['content-disposition'] ?? '');
  return [[disposition], ...parseCsv(body.toString('utf8').replace(/^\uFEFF/, ''))];
}

beforeAll(async () => {
  db = await createTestDb();
  await seedDemo(db);
  admin = await signInAs(createTestApp(db), db, 'admin');
  const texts: string[] = await db('answers').whereNotNull('text').pluck('text');
  ownTexts = new Set(texts.map((t) => t.trim()));
  // The demo's hundred responses go through the real submit: slow on PostgreSQL.
}, 180_000);
afterAll(() => db.destroy());

const exports = Object.entries(api).filter(([, endpoint]) => endpoint.produces === 'file');

describe('exports as a Swedish viewer', () => {
  it('covers every file endpoint of the contract', () => {
    expect(exports.length).toBeGreaterThanOrEqual(5);
  });

  for (const [name, endpoint] of exports) {
    it(`${name}: no Finnish or English words of the product`, async () => {
      const found: string[] = [];
      for (const path of urls(endpoint.path)) {
        const url = `/api${path}${endpoint.takes.query ? '?lang=sv' : ''}`;
        const rows = await cells(url);
        rows.forEach((row) => {
          for (const cell of row) {
            if (ownTexts.has(cell.trim())) continue;
            for (const word of untranslatedWords(cell, 'sv')) {
              found.push(`${url}: "${word.word}" (${word.from})`);
            }
          }
        });
      }
      expect([...new Set(found)]).toEqual([]);
    });
  }
});
