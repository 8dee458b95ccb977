/** Instrument files under instruments/<instrument-id>/<version>.json. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type ValidationResult, validateInstrument } from '../instrument/schema';

export type InstrumentFile = { file: string; result: ValidationResult };

/** Reads and validates one file; JSON syntax errors become a problem at the root. */
export async function readInstrumentFile(file: string): Promise<ValidationResult> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, problems: [{ path: '', message: `cannot read file: ${(err as Error).message}` }] };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const result = validateInstrument(doc);
  if (!result.ok) return result;
  const expected = path.join(result.instrument.id, `${result.instrument.version}.json`);
  if (!file.endsWith(expected)) {
    return {
      ok: false,
      problems: [
        {
          path: 'id',
          message: `the file of ${result.instrument.id} ${result.instrument.version} must be at instruments/${expected}`,
        },
      ],
    };
  }
  return result;
}

/** Every instrument file in the folder, in a stable order. */
export async function readInstrumentDir(dir: string): Promise<InstrumentFile[]> {
  const out: InstrumentFile[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = (await fs.readdir(path.join(dir, entry.name))).filter((f) => f.endsWith('.json')).sort();
    for (const f of files) {
      const file = path.join(dir, entry.name, f);
      out.push({ file, result: await readInstrumentFile(file) });
    }
  }
  return out;
}
