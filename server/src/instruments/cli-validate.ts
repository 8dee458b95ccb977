/** `npm run instrument:validate -- <file>…`: exit 0 when every file is valid, 1 otherwise. */

import { formatProblems } from '../instrument/format';
import { readInstrumentFile } from './files';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run instrument:validate -- <instrument.json> [...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = await readInstrumentFile(file);
  if (result.ok) {
    const { instrument } = result;
    const indicators = instrument.areas.flatMap((a) => a.standards.flatMap((s) => s.indicators)).length;
    console.log(
      `${file}: valid (${instrument.id} ${instrument.version}, ${instrument.areas.length} areas, ${indicators} indicators)`,
    );
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem(s)`);
    console.error(formatProblems(result.problems));
  }
}
process.exit(failed ? 1 : 0);
