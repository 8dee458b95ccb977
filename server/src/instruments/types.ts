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
