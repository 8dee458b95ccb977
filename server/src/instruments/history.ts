/**
 * The recorded lineage of an instrument's versions. A version follows the
 * versions that were published before it with a lower number; one published
 * later (only possible before lower numbers were refused) never changes an
 * earlier-published version's diff or trend.
 */
import type { Executor } from '../db/knex';
import type { Instrument } from '../instrument/schema';
import { compareVersions } from '../instrument/semver';
import { type InstrumentVersionRow, parseStoredInstrument } from './store';

type Row = Pick<InstrumentVersionRow, 'version' | 'status' | 'published_at'>;

/** The rows `version` follows, oldest first: non-draft, lower number, and published before it if it is published. */
export function predecessorRows<R extends Row>(rows: R[], version: string): R[] {
  const self = rows.find((r) => r.version === version && r.status !== 'draft');
  return rows
    .filter((r) => r.status !== 'draft' && compareVersions(r.version, version) < 0)
    .filter((r) => !self?.published_at || !r.published_at || r.published_at <= self.published_at)
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** The versions `version` of the instrument follows, oldest first (see predecessorRows). */
export async function versionsBefore(db: Executor, instrumentId: string, version: string): Promise<Instrument[]> {
  const rows = await db<InstrumentVersionRow>('instrument_versions').where('instrument_id', instrumentId);
  return predecessorRows(rows, version).map(parseStoredInstrument);
}

/** The highest published (or retired) number of the instrument, if any. */
export async function highestPublished(db: Executor, instrumentId: string): Promise<string | undefined> {
  const rows: string[] = await db('instrument_versions')
    .where('instrument_id', instrumentId)
    .whereNot('status', 'draft')
    .pluck('version');
  return rows.sort(compareVersions).at(-1);
}
