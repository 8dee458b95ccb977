/** The instruments API's shapes (shared with the client). */
import type { DiffSummary, InstrumentDiff } from '../instrument/diff';
import type { Instrument, LocalizedText, ValidationProblem } from '../instrument/schema';

export type InstrumentStatus = 'draft' | 'published' | 'retired';

export type InstrumentVersionSummary = {
  instrumentId: string;
  version: string;
  status: InstrumentStatus;
  /** SHA-256 of the canonical JSON: a published version's never changes. */
  checksum: string;
  title: LocalizedText;
  indicators: number;
  createdAt: string;
  publishedAt: string | null;
  retiredAt: string | null;
};

export type InstrumentVersionView = InstrumentVersionSummary & { document: Instrument };

export type InstrumentCheck = { ok: boolean; problems: ValidationProblem[] };

export type InstrumentDiffView = {
  /** The version this one follows (the highest earlier non-draft version), or null for a first version. */
  previousVersion: string | null;
  diff: InstrumentDiff | null;
  summary: DiffSummary | null;
  /** Problems of `replaces` against the earlier versions. */
  mappingProblems: ValidationProblem[];
};

/** A version being written in the editor; its document may still be invalid. */
export type InstrumentDraftSummary = {
  id: string;
  instrumentId: string;
  /** The published version it started from, or null for a new instrument. */
  basedOn: string | null;
  /** The version number in the document, when it has one. */
  version: string | null;
  revision: number;
  updatedAt: string;
};
export type InstrumentDraftView = InstrumentDraftSummary & {
  document: unknown;
  /** The version the diff compares against: `basedOn`'s document, or null. */
  previous: Instrument | null;
  /** The verdict on the document as saved: the same as the API's check and the CLI's. */
  check: InstrumentCheck;
};
/** A draft from a published version ("new version from this one") or a new instrument with its id. */
export type CreateInstrumentDraftInput = { from: { instrumentId: string; version: string } } | { instrumentId: string };
export type SaveInstrumentDraftInput = { revision: number; document: Record<string, unknown> };
export type PublishInstrumentDraftInput = { revision: number };
