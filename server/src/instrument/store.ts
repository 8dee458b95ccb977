/**
 * Instrument versions in the database. A published version is immutable: its
 * document and checksum never change once stored.
 */

import type { Executor } from '../db/knex';
import { nowIso } from '../db/knex';
import { AppError } from '../http/errors';
import { checksum } from './checksum';
import { Instrument } from './schema';

export type InstrumentVersionRow = {
  id: number;
  instrument_id: string;
  version: string;
  status: 'draft' | 'published' | 'retired';
  checksum: string;
  document: string;
};

export class InstrumentConflictError extends AppError {
  constructor(instrumentId: string, version: string) {
    super(
      409,
      'instrument_version_immutable',
      `${instrumentId} ${version} is already published with different content; publish the change as a new version number`,
    );
  }
}

/**
 * Stores a validated instrument as published, once. Storing the same content
 * again is a no-op; different content under a published number is refused.
 */
export async function publishInstrument(
  db: Executor,
  instrument: Instrument,
): Promise<{ id: number; created: boolean }> {
  const sum = checksum(instrument);
  const existing = await db<InstrumentVersionRow>('instrument_versions')
    .where({ instrument_id: instrument.id, version: instrument.version })
    .first();
  if (existing) {
    if (existing.checksum !== sum) throw new InstrumentConflictError(instrument.id, instrument.version);
    return { id: existing.id, created: false };
  }
  const [row] = await db('instrument_versions')
    .insert({
      instrument_id: instrument.id,
      version: instrument.version,
      status: 'published',
      checksum: sum,
      document: JSON.stringify(instrument),
      created_at: nowIso(),
    })
    .returning('id');
  const id = typeof row === 'object' ? (row as { id: number }).id : Number(row);
  return { id, created: true };
}

// Published versions never change, so a parsed document can be kept for the life of the process.
const parsed = new Map<string, Instrument>();

/** The parsed instrument of a stored version, cached by checksum. */
export function parseStoredInstrument(row: Pick<InstrumentVersionRow, 'checksum' | 'document'>): Instrument {
  const cached = parsed.get(row.checksum);
  if (cached) return cached;
  const instrument = Instrument.parse(JSON.parse(row.document));
  parsed.set(row.checksum, instrument);
  return instrument;
}
