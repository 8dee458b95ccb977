/** `npm run instrument:schema`: writes instruments/instrument.schema.json from the zod schema. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config';
import { instrumentJsonSchema } from '../instrument/json-schema';

const file = path.join(ROOT_DIR, 'instruments', 'instrument.schema.json');
fs.writeFileSync(file, `${JSON.stringify(instrumentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(ROOT_DIR, file)}`);
