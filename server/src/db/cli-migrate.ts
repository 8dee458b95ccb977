/** `npm run migrate`: brings the configured database up to date (migrations, regions, instruments) without demo data. */
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { createDb } from './knex';

const loaded = loadConfig();
if (!loaded.ok) {
  console.error(loaded.problems.join('\n'));
  process.exit(1);
}
const db = createDb(loaded.config.database);
try {
  await bootstrap(db, { instrumentsDir: loaded.config.instrumentsDir, demo: false });
  console.log('the database is up to date');
} catch (err) {
  console.error(`migration failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
