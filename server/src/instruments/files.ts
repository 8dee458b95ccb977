/** Instrument files under instruments/<instrument-id>/<version>.json. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseJson } from '../instrument/json-text';
import { INSTRUMENT_MAX_CHARS, problemAt, type ValidationResult, validateInstrument } from '../instrument/schema';

export type InstrumentFile = { file: string; result: ValidationResult };

/** Reads a file as the import form does: a byte order mark is accepted, a JSON syntax error is a problem at the root. */
export async function readInstrumentDocument(
  file: string,
): Promise<{ ok: true; doc: unknown } | Extract<ValidationResult, { ok: false }>> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    // A file far beyond the limit is not even read; the schema states the limit for the rest.
    if (stat.size > INSTRUMENT_MAX_CHARS * 8) {
      return { ok: false, problems: [problemAt('', 'too_large', { size: stat.size, max: INSTRUMENT_MAX_CHARS })] };
    }
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, problems: [problemAt('', 'cannot_read', { detail: (err as Error).message })] };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const at = parsed.location ? ` (${parsed.location.line}:${parsed.location.column})` : '';
    return { ok: false, problems: [problemAt('', 'not_json', { detail: `${parsed.message}${at}` })] };
  }
  return { ok: true, doc: parsed.value };
}

/** Reads and validates one file on its own, with the same verdict as the API's check of its content. */
export async function readInstrumentFile(file: string): Promise<ValidationResult> {
  const read = await readInstrumentDocument(file);
  return read.ok ? validateInstrument(read.doc) : read;
}

/** A shipped file must sit at instruments/<id>/<version>.json, so that one number has one file. */
function checkLocation(file: string, result: ValidationResult): ValidationResult {
  if (!result.ok) return result;
  const expected = path.join(result.instrument.id, `${result.instrument.version}.json`);
  if (file.endsWith(expected)) return result;
  return {
    ok: false,
    problems: [
      problemAt('id', 'file_location', { id: result.instrument.id, version: result.instrument.version, expected }),
    ],
  };
}

/** Every instrument file in the folder, in a stable order. */
export async function readInstrumentDir(dir: string): Promise<InstrumentFile[]> {
  const out: InstrumentFile[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = (await fs.readdir(path.join(dir, entry.name))).filter((f) => f.endsWith('.json')).sort();
    for (const f of files) {
      const file = path.join(dir, entry.name, f);
      out.push({ file, result: checkLocation(file, await readInstrumentFile(file)) });
    }
  }
  return out;
}
