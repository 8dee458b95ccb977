/**
 * What changed between two versions of an instrument, for the administrator's
 * preview before publishing. Pure and plain JSON, so the client renders it as is.
 */
import { formatPath } from './paths';
import type { Instrument } from './schema';
import { LANGUAGES, type LocalizedText } from './text';

export type DiffNodeKind = 'area' | 'standard' | 'indicator';
export type DiffChange = 'added' | 'removed' | 'changed' | 'moved';

/** One changed field, relative to its node: `question.sv`, `kind`, `standard` (the parent id of a moved indicator). */
export type FieldChange = { field: string; before?: string; after?: string };

export type DiffEntry = {
  kind: DiffNodeKind;
  id: string;
  change: DiffChange;
  /** JSON path in the new document, or in the old one for a removed node. */
  path: string;
  fields?: FieldChange[];
  /** A removed indicator that the new version's `replaces` maps to its successors. */
  replacedBy?: string[];
  /** An added indicator that continues these retired ids (the inverse of `replacedBy`). */
  replaces?: string[];
};

export type InstrumentDiff = {
  from: string;
  to: string;
  /** Changes of the instrument itself: `title.fi`, `scale.max`, `scale.label.3.sv`, `languages`, … */
  instrument: FieldChange[];
  /** Areas, standards and indicators of the new version in order, then removed ones in their old order. */
  entries: DiffEntry[];
};

export type ChangeCounts = Record<DiffChange, number>;
export type DiffSummary = Record<DiffNodeKind, ChangeCounts> & { instrument: number; total: number };

type Fields = Map<string, string>;
type Node = { kind: DiffNodeKind; id: string; path: string; parent?: string; values: Fields };

/** Adds `name.fi`, `name.sv`, … for each language the text has. */
function putText(values: Fields, name: string, text: LocalizedText | undefined): void {
  for (const lang of LANGUAGES) {
    const value = text?.[lang];
    if (value !== undefined) values.set(`${name}.${lang}`, value);
  }
}

function compare(before: Fields, after: Fields): FieldChange[] {
  const names = new Set([...after.keys(), ...before.keys()]);
  return [...names].flatMap((name) => {
    const [b, a] = [before.get(name), after.get(name)];
    if (b === a) return [];
    return [{ field: name, ...(b !== undefined && { before: b }), ...(a !== undefined && { after: a }) }];
  });
}

/** Every area, standard and indicator in document order, with the fields a diff compares. */
function nodes(doc: Instrument): Node[] {
  const out: Node[] = [];
  doc.areas.forEach((area, a) => {
    const areaValues: Fields = new Map();
    putText(areaValues, 'title', area.title);
    putText(areaValues, 'description', area.description);
    out.push({ kind: 'area', id: area.id, path: formatPath(['areas', a]), values: areaValues });
    area.standards.forEach((standard, s) => {
      const standardPath = ['areas', a, 'standards', s];
      const values: Fields = new Map();
      putText(values, 'statement', standard.statement);
      putText(values, 'description', standard.description);
      out.push({ kind: 'standard', id: standard.id, path: formatPath(standardPath), parent: area.id, values });
      standard.indicators.forEach((indicator, i) => {
        const values: Fields = new Map([['kind', indicator.kind]]);
        putText(values, 'question', indicator.question);
        putText(values, 'help', indicator.help);
        putText(values, 'evidencePrompt', indicator.evidencePrompt);
        const path = formatPath([...standardPath, 'indicators', i]);
        out.push({ kind: 'indicator', id: indicator.id, path, parent: standard.id, values });
      });
    });
  });
  return out;
}

/** The instrument's own fields; scale labels are keyed by their value so that reordering them is no change. */
function instrumentFields(doc: Instrument): Fields {
  const values: Fields = new Map([['languages', doc.languages.join(', ')]]);
  putText(values, 'title', doc.title);
  putText(values, 'description', doc.description);
  putText(values, 'introduction', doc.introduction);
  if (doc.videoUrl) values.set('videoUrl', doc.videoUrl);
  putText(values, 'evidencePrompt', doc.evidencePrompt);
  if (doc.scale) {
    values.set('scale.min', String(doc.scale.min));
    values.set('scale.max', String(doc.scale.max));
    for (const label of doc.scale.labels) putText(values, `scale.label.${label.value}`, label.text);
    putText(values, 'scale.notApplicable', doc.scale.notApplicable);
  }
  return values;
}

const key = (node: Pick<Node, 'kind' | 'id'>) => `${node.kind}:${node.id}`;

/**
 * Lists what changed from `previous` to `next`: nodes are matched by kind and
 * id, so a renamed id is one removal and one addition (linked by `replacedBy` /
 * `replaces` when `next.replaces` maps it). A node under another parent is
 * `moved` (its fields say from where, plus any text changes); a change of order
 * alone is not reported, as numbering follows order anyway.
 */
export function diffInstruments(previous: Instrument, next: Instrument): InstrumentDiff {
  const before = nodes(previous);
  const after = nodes(next);
  const old = new Map(before.map((node) => [key(node), node]));
  const kept = new Set(after.map(key));
  const successors = next.replaces ?? {};
  const entries: DiffEntry[] = [];

  for (const node of after) {
    const { kind, id, path } = node;
    const was = old.get(key(node));
    if (!was) {
      const continues = Object.keys(successors).filter((oldId) => successors[oldId]?.includes(id));
      const replaces = kind === 'indicator' && continues.length > 0 ? { replaces: continues } : {};
      entries.push({ kind, id, change: 'added', path, ...replaces });
      continue;
    }
    const moved = was.parent !== node.parent;
    const fields = [
      ...(moved ? [{ field: kind === 'indicator' ? 'standard' : 'area', before: was.parent, after: node.parent }] : []),
      ...compare(was.values, node.values),
    ];
    if (fields.length > 0) entries.push({ kind, id, change: moved ? 'moved' : 'changed', path, fields });
  }
  for (const node of before) {
    if (kept.has(key(node))) continue;
    const { kind, id, path } = node;
    const replacedBy = kind === 'indicator' ? successors[id] : undefined;
    entries.push({ kind, id, change: 'removed', path, ...(replacedBy && { replacedBy: [...replacedBy] }) });
  }
  return {
    from: previous.version,
    to: next.version,
    instrument: compare(instrumentFields(previous), instrumentFields(next)),
    entries,
  };
}

/** How many areas, standards and indicators were added, removed, changed and moved. */
export function summarizeDiff(diff: InstrumentDiff): DiffSummary {
  const zero = (): ChangeCounts => ({ added: 0, removed: 0, changed: 0, moved: 0 });
  const summary: DiffSummary = { area: zero(), standard: zero(), indicator: zero(), instrument: 0, total: 0 };
  for (const entry of diff.entries) summary[entry.kind][entry.change] += 1;
  summary.instrument = diff.instrument.length;
  summary.total = diff.entries.length + diff.instrument.length;
  return summary;
}
