import fs from 'node:fs';
import path from 'node:path';
/** `npm run bench:bulk`: loads the national-scale dataset and prints the rows loaded per second. */
import { loadNationalDataset, SCALE, tempDatabaseFile } from './dataset';

const file = tempDatabaseFile('bulk');
const loaded = await loadNationalDataset(file);
await loaded.db.destroy();
fs.rmSync(path.dirname(file), { recursive: true, force: true });
const rate = Math.round(loaded.rows / loaded.loadSeconds);
console.log(
  `loaded ${SCALE.responses} responses, ${loaded.rows} rows (responses + answers) in ${loaded.loadSeconds.toFixed(1)} s; rollups rebuilt in ${loaded.rollupSeconds.toFixed(1)} s`,
);
console.log(`bench:bulk rows_per_s=${rate}`);
