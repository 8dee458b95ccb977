/**
 * `npm run instrument:publish -- <file>`: validates a version (alone and
 * against the published ones, as the API's check does) and publishes it in
 * the database. The database is the record: nothing is written under
 * instruments/, whose files are the ones shipped with the product (start-up
 * publishes those into every database). Download a published version as
 * JSON from the administration pages or the API to keep a copy.
 */
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { formatProblems } from '../instrument/format';
import { readInstrumentDocument } from './files';
import { publishInstrument } from './store';
import { checkDocument } from './versions';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run instrument:publish -- <instrument.json>');
  process.exit(2);
}
const loaded = loadConfig();
if (!loaded.ok) {
  console.error(loaded.problems.join('\n'));
  process.exit(1);
}
const { config } = loaded;
const read = await readInstrumentDocument(file);
if (!read.ok) {
  console.error(`${file}: ${read.problems.length} problem(s)\n${formatProblems(read.problems)}`);
  process.exit(1);
}

const db = createDb(config.database);
try {
  await bootstrap(db, { instrumentsDir: config.instrumentsDir, demo: false });
  const check = await checkDocument(db, read.doc);
  if (!check.instrument) {
    console.error(`${file}: ${check.problems.length} problem(s)\n${formatProblems(check.problems, read.doc)}`);
    process.exitCode = 1;
  } else {
    const { id, version } = check.instrument;
    const { created } = await publishInstrument(db, check.instrument);
    console.log(`${created ? 'published' : 'already published (same content)'}: ${id} ${version}`);
  }
} catch (err) {
  console.error(`cannot publish: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
