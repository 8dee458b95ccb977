/**
 * Instrument versions in the database: draft → published → retired. A
 * published version is immutable: its document and checksum never change.
 */
import type { Executor } from '../db/knex';
import { nowIso } from '../db/knex';
import { AppError } from '../http/errors';
import { Instrument } from '../instrument/schema';
import { checksum } from './checksum';
import type { InstrumentStatus } from './types';

export type InstrumentVersionRow = {
  id: number;
  instrument_id: string;
  version: string;
  status: InstrumentStatus;
  checksum: string;
  document: string;
  created_at: string;
  published_at: string | null;
  retired_at: string | null;
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

export function findVersion(
  db: Executor,
  instrumentId: string,
  version: string,
): Promise<InstrumentVersionRow | undefined> {
  return db<InstrumentVersionRow>('instrument_versions').where({ instrument_id: instrumentId, version }).first();
}

/** Inserts a new version row and returns its id (both engines' `returning` shapes). */
export async function insertVersion(
  db: Executor,
  instrument: Instrument,
  status: InstrumentStatus,
  createdBy: string | null = null,
): Promise<number> {
  const now = nowIso();
  const [row] = await db('instrument_versions')
    .insert({
      instrument_id: instrument.id,
      version: instrument.version,
      status,
      checksum: checksum(instrument),
      document: JSON.stringify(instrument),
      created_at: now,
      published_at: status === 'published' ? now : null,
      created_by: createdBy,
    })
    .returning('id');
  return typeof row === 'object' ? (row as { id: number }).id : Number(row);
}

/**
 * Publishes an instrument from a file, once. The same content again is a
 * no-op; a draft of the same number is replaced by the file and published;
 * different content under a published number is refused.
 */
export async function publishInstrument(
  db: Executor,
  instrument: Instrument,
): Promise<{ id: number; created: boolean }> {
  const sum = checksum(instrument);
  const existing = await findVersion(db, instrument.id, instrument.version);
  if (existing?.status === 'draft') {
    await db('instrument_versions')
      .where('id', existing.id)
      .update({ status: 'published', checksum: sum, document: JSON.stringify(instrument), published_at: nowIso() });
    return { id: existing.id, created: true };
  }
  if (existing) {
    if (existing.checksum !== sum) throw new InstrumentConflictError(instrument.id, instrument.version);
    return { id: existing.id, created: false };
  }
  return { id: await insertVersion(db, instrument, 'published'), created: true };
}

// Published versions never change, so a parsed document can be kept for the life of the process.
const parsed = new Map<string, Instrument>();

export function cachedInstrument(sum: string): Instrument | undefined {
  return parsed.get(sum);
}

/** The parsed instrument of a stored version, cached by checksum. */
export function parseStoredInstrument(row: Pick<InstrumentVersionRow, 'checksum' | 'document'>): Instrument {
  const cached = parsed.get(row.checksum);
  if (cached) return cached;
  const instrument = Instrument.parse(JSON.parse(row.document));
  parsed.set(row.checksum, instrument);
  return instrument;
}
