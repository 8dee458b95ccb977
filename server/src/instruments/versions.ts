/** Importing, checking, diffing, publishing and retiring instrument versions. */
import { type Actor, audit } from '../audit/log';
import { type Db, type Executor, nowIso } from '../db/knex';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors';
import { diffInstruments, summarizeDiff } from '../instrument/diff';
import { checkMapping } from '../instrument/mapping';
import { type Instrument, problemAt, type ValidationProblem, validateInstrument } from '../instrument/schema';
import { compareVersions } from '../instrument/semver';
import { checksum } from './checksum';
import { highestPublished, versionsBefore } from './history';
import { findVersion, type InstrumentVersionRow, insertVersion, parseStoredInstrument } from './store';
import type { InstrumentCheck, InstrumentDiffView, InstrumentVersionSummary, InstrumentVersionView } from './types';

function summarize(row: InstrumentVersionRow): InstrumentVersionSummary {
  const doc = parseStoredInstrument(row);
  return {
    instrumentId: row.instrument_id,
    version: row.version,
    status: row.status,
    checksum: row.checksum,
    title: doc.title,
    indicators: doc.areas.flatMap((a) => a.standards.flatMap((s) => s.indicators)).length,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    retiredAt: row.retired_at,
  };
}

export async function listVersions(
  db: Executor,
  { includeDrafts }: { includeDrafts: boolean },
): Promise<InstrumentVersionSummary[]> {
  const q = db<InstrumentVersionRow>('instrument_versions').select('*');
  if (!includeDrafts) q.whereNot('status', 'draft');
  const rows = await q;
  return rows
    .sort((a, b) => a.instrument_id.localeCompare(b.instrument_id) || compareVersions(b.version, a.version))
    .map(summarize);
}

async function requireVersion(db: Executor, instrumentId: string, version: string): Promise<InstrumentVersionRow> {
  const row = await findVersion(db, instrumentId, version);
  if (!row) throw new NotFoundError(`instrument ${instrumentId} ${version}`);
  return row;
}

export async function getVersion(db: Executor, instrumentId: string, version: string): Promise<InstrumentVersionView> {
  const row = await requireVersion(db, instrumentId, version);
  return { ...summarize(row), document: parseStoredInstrument(row) };
}

/**
 * Validates a document on its own and against the versions before it, every
 * problem with its JSON path: the same verdict for the API's check, import and
 * publish and the CLI. A number lower than a published one is refused
 * (published history never changes), and so is a published number with other content.
 */
export async function checkDocument(
  db: Executor,
  doc: unknown,
): Promise<InstrumentCheck & { instrument?: Instrument; existing?: InstrumentVersionRow }> {
  const result = validateInstrument(doc);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { id, version } = result.instrument;
  const problems: ValidationProblem[] = [];
  const existing = await findVersion(db, id, version);
  if (existing && existing.status !== 'draft' && existing.checksum !== checksum(result.instrument)) {
    problems.push(problemAt('version', 'version_published_other', { id, version }));
  }
  const highest = await highestPublished(db, id);
  if (
    existing?.status !== 'published' &&
    existing?.status !== 'retired' &&
    highest &&
    compareVersions(version, highest) < 0
  ) {
    problems.push(problemAt('version', 'version_lower', { version, highest }));
  }
  const earlier = await versionsBefore(db, id, version);
  problems.push(...checkMapping(earlier.at(-1), result.instrument, earlier));
  if (problems.length > 0) return { ok: false, problems, existing };
  return { ok: true, problems: [], instrument: result.instrument, existing };
}

function invalid(problems: InstrumentCheck['problems']) {
  return new ValidationError(
    `the instrument has ${problems.length} problem(s)`,
    problems.map((p) => ({ ...p, code: 'invalid_instrument' })),
    'invalid_instrument',
  );
}

const immutable = (row: InstrumentVersionRow) =>
  new ConflictError(
    'instrument_version_immutable',
    `${row.instrument_id} ${row.version} is ${row.status} and cannot change; import it as a new version number`,
  );

/** Imports a document as a draft, or replaces the draft of the same number. A published or retired number answers 409. */
export async function importDraft(db: Db, actor: Actor, doc: unknown): Promise<InstrumentVersionView> {
  const check = await checkDocument(db, doc);
  const { existing } = check;
  if (existing && existing.status !== 'draft') throw immutable(existing);
  if (!check.instrument) throw invalid(check.problems);
  const instrument = check.instrument;
  await db.transaction(async (trx) => {
    if (existing) {
      await trx('instrument_versions')
        .where('id', existing.id)
        .update({ document: JSON.stringify(instrument), checksum: checksum(instrument) });
    } else {
      await insertVersion(trx, instrument, 'draft', actor.id);
    }
    await audit(trx, actor, existing ? 'instrument.replace_draft' : 'instrument.import', {
      type: 'instrument',
      id: `${instrument.id}@${instrument.version}`,
    });
  });
  return getVersion(db, instrument.id, instrument.version);
}

export async function diffVersion(db: Executor, instrumentId: string, version: string): Promise<InstrumentDiffView> {
  const row = await requireVersion(db, instrumentId, version);
  const doc = parseStoredInstrument(row);
  const earlier = await versionsBefore(db, instrumentId, version);
  const previous = earlier.at(-1);
  const diff = previous ? diffInstruments(previous, doc) : null;
  return {
    previousVersion: previous?.version ?? null,
    diff,
    summary: diff ? summarizeDiff(diff) : null,
    mappingProblems: checkMapping(previous, doc, earlier),
  };
}

export async function publishVersion(
  db: Db,
  actor: Actor,
  instrumentId: string,
  version: string,
): Promise<InstrumentVersionView> {
  const row = await requireVersion(db, instrumentId, version);
  if (row.status !== 'draft') throw immutable(row);
  const check = await checkDocument(db, JSON.parse(row.document));
  if (!check.instrument) throw invalid(check.problems);
  await db.transaction(async (trx) => {
    const moved = await trx('instrument_versions')
      .where({ id: row.id, status: 'draft' })
      .update({ status: 'published', published_at: nowIso() });
    if (moved !== 1) throw immutable(row);
    await audit(
      trx,
      actor,
      'instrument.publish',
      { type: 'instrument', id: `${instrumentId}@${version}` },
      { checksum: row.checksum },
    );
  });
  return getVersion(db, instrumentId, version);
}

/** Retired: no new rounds; existing rounds and their results stay as they are. */
export async function retireVersion(
  db: Db,
  actor: Actor,
  instrumentId: string,
  version: string,
): Promise<InstrumentVersionView> {
  const row = await requireVersion(db, instrumentId, version);
  if (row.status !== 'published') {
    throw new ConflictError(
      'instrument_not_published',
      `${instrumentId} ${version} is ${row.status}: only a published version can be retired`,
    );
  }
  await db.transaction(async (trx) => {
    await trx('instrument_versions').where('id', row.id).update({ status: 'retired', retired_at: nowIso() });
    await audit(trx, actor, 'instrument.retire', { type: 'instrument', id: `${instrumentId}@${version}` });
  });
  return getVersion(db, instrumentId, version);
}

export async function deleteDraft(db: Db, actor: Actor, instrumentId: string, version: string): Promise<void> {
  const row = await requireVersion(db, instrumentId, version);
  if (row.status !== 'draft') throw immutable(row);
  await db.transaction(async (trx) => {
    await trx('instrument_versions').where({ id: row.id, status: 'draft' }).delete();
    await audit(trx, actor, 'instrument.delete_draft', { type: 'instrument', id: `${instrumentId}@${version}` });
  });
}
