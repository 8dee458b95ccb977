/**
 * Drafts of the instrument editor: started from a published version ("new
 * version from this one") or as a new instrument, saved with revisions while
 * the administrator edits, published as a version through the same check as
 * an import, or discarded.
 */
import { randomUUID } from 'node:crypto';
import { type Actor, audit } from '../audit/log';
import { type Db, type Executor, nowIso } from '../db/knex';
import { ConflictError, NotFoundError } from '../http/errors';
import type { InstrumentInput } from '../instrument/schema';
import { compareVersions } from '../instrument/semver';
import { highestPublished } from './history';
import { findVersion, parseStoredInstrument } from './store';
import type {
  CreateInstrumentDraftInput,
  InstrumentDraftSummary,
  InstrumentDraftView,
  InstrumentVersionView,
  SaveInstrumentDraftInput,
} from './types';
import { checkDocument, importDraft, publishVersion } from './versions';

type DraftRow = {
  id: string;
  instrument_id: string;
  based_on: string | null;
  document: string;
  revision: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

const target = (row: Pick<DraftRow, 'id'>) => ({ type: 'instrument_draft', id: row.id });

function versionOf(document: unknown): string | null {
  const version = (document as { version?: unknown } | null)?.version;
  return typeof version === 'string' ? version : null;
}

function summarize(row: DraftRow): InstrumentDraftSummary {
  return {
    id: row.id,
    instrumentId: row.instrument_id,
    basedOn: row.based_on,
    version: versionOf(JSON.parse(row.document)),
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

export async function listDrafts(db: Executor): Promise<InstrumentDraftSummary[]> {
  const rows = await db<DraftRow>('instrument_drafts').select('*').orderBy('updated_at', 'desc');
  return rows.map(summarize);
}

async function requireDraft(db: Executor, id: string): Promise<DraftRow> {
  const row = await db<DraftRow>('instrument_drafts').where('id', id).first();
  if (!row) throw new NotFoundError('the instrument draft');
  return row;
}

export async function getDraft(db: Executor, id: string): Promise<InstrumentDraftView> {
  const row = await requireDraft(db, id);
  const document: unknown = JSON.parse(row.document);
  const base = row.based_on ? await findVersion(db, row.instrument_id, row.based_on) : undefined;
  const { ok, problems } = await checkDocument(db, document);
  return {
    ...summarize(row),
    document,
    previous: base ? parseStoredInstrument(base) : null,
    check: { ok, problems },
  };
}

/** The next minor number above both the base and every published version: 1.0.0 → 1.1.0. */
function nextVersion(base: string, highest: string | undefined): string {
  const from = highest && compareVersions(highest, base) > 0 ? highest : base;
  const [major = 1, minor = 0] = from.split('.').map(Number);
  return `${major}.${minor + 1}.0`;
}

/** A new instrument's first document: one area, standard and indicator whose texts are still to be written. */
function skeleton(instrumentId: string): InstrumentInput {
  const empty = { fi: '', sv: '', en: '' };
  return {
    id: instrumentId,
    version: '1.0.0',
    languages: ['fi', 'sv', 'en'],
    title: empty,
    scale: {
      min: 1,
      max: 4,
      labels: [1, 2, 3, 4].map((value) => ({ value, text: empty })),
    },
    areas: [
      {
        id: 'area-1',
        title: empty,
        standards: [{ id: 'standard-1', statement: empty, indicators: [{ id: 'indicator-1', question: empty }] }],
      },
    ],
  };
}

export async function createDraft(
  db: Db,
  actor: Actor,
  input: CreateInstrumentDraftInput,
): Promise<InstrumentDraftView> {
  let instrumentId: string;
  let basedOn: string | null = null;
  let document: InstrumentInput;
  if ('from' in input) {
    const base = await findVersion(db, input.from.instrumentId, input.from.version);
    if (!base || base.status === 'draft') throw new NotFoundError(`the published version ${input.from.version}`);
    instrumentId = base.instrument_id;
    basedOn = base.version;
    // The mapping and carry-over described the step to the base; the new version starts with none.
    const { replaces: _replaces, carryOver: _carryOver, ...rest } = parseStoredInstrument(base);
    document = { ...rest, version: nextVersion(base.version, await highestPublished(db, instrumentId)) };
  } else {
    instrumentId = input.instrumentId;
    if (await db('instrument_versions').where('instrument_id', instrumentId).first()) {
      throw new ConflictError('instrument_exists', `an instrument with the id ${instrumentId} exists already`);
    }
    document = skeleton(instrumentId);
  }
  const now = nowIso();
  const row: DraftRow = {
    id: randomUUID(),
    instrument_id: instrumentId,
    based_on: basedOn,
    document: JSON.stringify(document),
    revision: 0,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
  await db.transaction(async (trx) => {
    await trx('instrument_drafts').insert(row);
    await audit(trx, actor, 'instrument.draft_start', target(row), { instrumentId, basedOn });
  });
  return getDraft(db, row.id);
}

const stale = (row: DraftRow) =>
  new ConflictError(
    'stale_revision',
    `the draft was saved elsewhere meanwhile (revision ${row.revision}); reload it before saving again`,
  );

/** Saves the document when `revision` is the current one; answers the new revision and the verdict. */
export async function saveDraft(db: Db, id: string, input: SaveInstrumentDraftInput): Promise<InstrumentDraftView> {
  const row = await requireDraft(db, id);
  const documentId = input.document.id;
  if (typeof documentId === 'string' && documentId !== row.instrument_id) {
    throw new ConflictError('instrument_id_changed', `a draft of ${row.instrument_id} keeps that instrument id`);
  }
  const moved = await db('instrument_drafts')
    .where({ id, revision: input.revision })
    .update({ document: JSON.stringify(input.document), revision: input.revision + 1, updated_at: nowIso() });
  if (moved !== 1) throw stale(await requireDraft(db, id));
  return getDraft(db, id);
}

export async function discardDraft(db: Db, actor: Actor, id: string): Promise<void> {
  const row = await requireDraft(db, id);
  await db.transaction(async (trx) => {
    await trx('instrument_drafts').where('id', id).delete();
    await audit(trx, actor, 'instrument.draft_discard', target(row));
  });
}

/** Publishes the saved document as a version (the same checks as import and publish), then removes the draft. */
export async function publishDraft(db: Db, actor: Actor, id: string, revision: number): Promise<InstrumentVersionView> {
  const row = await requireDraft(db, id);
  if (row.revision !== revision) throw stale(row);
  const imported = await importDraft(db, actor, JSON.parse(row.document));
  const published = await publishVersion(db, actor, imported.instrumentId, imported.version);
  await db('instrument_drafts').where('id', id).delete();
  return published;
}
