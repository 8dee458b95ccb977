/**
 * `npm run instrument:validate -- [--lang fi|sv|en] <file>…`: the verdict the API's check gives
 * for the same content. Each file is checked on its own and, when the
 * configured database (DATABASE_URL) already holds instrument versions,
 * against them as well (version number, mapping, carry-over). Read only: it
 * neither migrates nor writes anything. Messages in English unless `--lang`. Exit 0 when every file is valid, 1 otherwise.
 */
import { loadConfig } from '../config';
import { createDb, type Db } from '../db/knex';
import { formatProblems } from '../instrument/format';
import { type Instrument, validateInstrument } from '../instrument/schema';
import { LANGUAGES, type Language } from '../instrument/text';
import { readInstrumentDocument } from './files';
import type { InstrumentCheck } from './types';
import { checkDocument } from './versions';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : 'en';
const files = langAt >= 0 ? args.filter((_, i) => i !== langAt && i !== langAt + 1) : args;
if (files.length === 0 || !(LANGUAGES as readonly string[]).includes(lang ?? '')) {
  console.error('usage: npm run instrument:validate -- [--lang fi|sv|en] <instrument.json> [...]');
  process.exit(2);
}
const language = lang as Language;

/** The database to check against, or undefined (with the reason printed) when there is none to use. */
async function openDatabase(): Promise<Db | undefined> {
  const loaded = loadConfig();
  if (!loaded.ok) return undefined;
  const db = createDb(loaded.config.database);
  try {
    if (await db.schema.hasTable('instrument_versions')) return db;
  } catch (err) {
    console.error(`note: not checked against the database: ${(err as Error).message}`);
  }
  await db.destroy();
  return undefined;
}

const db = await openDatabase();

/** The API's check with a database; the document on its own without one. */
async function verdict(doc: unknown): Promise<InstrumentCheck & { instrument?: Instrument }> {
  if (db) return checkDocument(db, doc);
  const result = validateInstrument(doc);
  return result.ok ? { ok: true, problems: [], instrument: result.instrument } : result;
}
let failed = false;
try {
  for (const file of files) {
    const read = await readInstrumentDocument(file);
    const result = !read.ok ? read : await verdict(read.doc);
    const doc = 'instrument' in result ? result.instrument : undefined;
    if (doc) {
      const indicators = doc.areas.flatMap((a) => a.standards.flatMap((s) => s.indicators)).length;
      console.log(`${file}: valid (${doc.id} ${doc.version}, ${doc.areas.length} areas, ${indicators} indicators)`);
    } else if ('problems' in result) {
      failed = true;
      console.error(`${file}: ${result.problems.length} problem(s)`);
      console.error(formatProblems(result.problems, read.ok ? read.doc : undefined, language));
    }
  }
} finally {
  await db?.destroy();
}
process.exit(failed ? 1 : 0);
