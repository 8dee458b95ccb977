/**
 * `npm run instrument:publish -- <file>`: validates a version (alone and
 * against the published ones), publishes it in the database and keeps a copy
 * at instruments/<id>/<version>.json, so files and database agree.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { formatProblems } from '../instrument/format';
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

let doc: unknown;
try {
  doc = JSON.parse(await fs.readFile(file, 'utf8'));
} catch (err) {
  console.error(`${file}: ${(err as Error).message}`);
  process.exit(1);
}

const db = createDb(config.database);
try {
  await bootstrap(db, { instrumentsDir: config.instrumentsDir, demo: false });
  const check = await checkDocument(db, doc);
  if (!check.instrument) {
    console.error(`${file}: ${check.problems.length} problem(s)\n${formatProblems(check.problems)}`);
    process.exitCode = 1;
  } else {
    const { id, version } = check.instrument;
    const target = path.join(config.instrumentsDir, id, `${version}.json`);
    const { created } = await publishInstrument(db, check.instrument);
    if (path.resolve(file) !== target) {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, `${JSON.stringify(doc, null, 2)}\n`);
    }
    console.log(
      `${created ? 'published' : 'already published (same content)'}: ${id} ${version} → ${path.relative(process.cwd(), target)}`,
    );
  }
} catch (err) {
  console.error(`cannot publish: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
