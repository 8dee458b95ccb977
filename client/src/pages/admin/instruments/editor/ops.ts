/**
 * The editor's operations on a draft document. Pure: each returns a new
 * document. Structural operations write the `replaces` mapping themselves, so
 * an administrator never types it: a split maps the old id to its parts, a
 * merge maps the merged ids to the one that stays, a rename maps the old id
 * to the new one. Mapping is about ids of the previous version; an id that
 * exists only in this draft is simply changed, and mappings that pointed at
 * it follow it.
 */
import type { InstrumentInput } from '@shared/instrument/schema';
import type { Language, LocalizedText } from '@shared/instrument/text';

export type Doc = InstrumentInput;
/** Where an indicator is: area, standard and indicator indexes. */
export type At = { a: number; s: number; i: number };

const clone = (doc: Doc): Doc => structuredClone(doc);

/** Every id in the document: areas, standards and indicators share one namespace. */
export function allIds(doc: Doc): Set<string> {
  return new Set(
    doc.areas.flatMap((a) => [a.id, ...a.standards.flatMap((s) => [s.id, ...s.indicators.map((i) => i.id)])]),
  );
}

/** `base`, or `base-2`, `base-3`… : the first id not yet used. */
export function freshId(doc: Doc, base: string, taken: Set<string> = allIds(doc)): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function emptyText(doc: Doc): LocalizedText {
  const text: LocalizedText = { fi: '' };
  for (const lang of doc.languages) if (lang !== 'fi') text[lang] = '';
  return text;
}

/** Sets one language of a text; an emptied translation is removed, so that it counts as missing. */
export function setText(text: LocalizedText | undefined, lang: Language, value: string): LocalizedText {
  const next: LocalizedText = { ...(text ?? { fi: '' }) };
  if (lang === 'fi') next.fi = value;
  else if (value === '') delete next[lang];
  else next[lang] = value;
  return next;
}

/** Applies `edit` to a copy of the document (for text edits and the like). */
export function edit(doc: Doc, change: (draft: Doc) => void): Doc {
  const next = clone(doc);
  change(next);
  return next;
}

/**
 * `oldId` leaves this version and `successors` continue it (none: removed).
 * An id of the previous version is mapped; mappings pointing at `oldId` are
 * redirected to the successors (or dropped), so a chain within one draft collapses.
 */
function retire(doc: Doc, oldId: string, successors: string[], previousIds: ReadonlySet<string>): void {
  const replaces: Record<string, string[]> = { ...(doc.replaces ?? {}) };
  for (const [from, targets] of Object.entries(replaces)) {
    if (!targets.includes(oldId)) continue;
    const redirected = [...new Set(targets.flatMap((t) => (t === oldId ? successors : [t])))];
    if (redirected.length > 0) replaces[from] = redirected;
    else delete replaces[from];
  }
  if (previousIds.has(oldId) && successors.length > 0) {
    replaces[oldId] = [...new Set([...(replaces[oldId] ?? []), ...successors])];
  }
  if (Object.keys(replaces).length > 0) doc.replaces = replaces;
  else delete doc.replaces;
}

export function addIndicator(doc: Doc, a: number, s: number): Doc {
  return edit(doc, (d) => {
    d.areas[a]!.standards[s]!.indicators.push({ id: freshId(d, 'indicator'), kind: 'rating', question: emptyText(d) });
  });
}

export function removeIndicator(doc: Doc, at: At, previousIds: ReadonlySet<string>): Doc {
  return edit(doc, (d) => {
    const [removed] = d.areas[at.a]!.standards[at.s]!.indicators.splice(at.i, 1);
    if (removed) retire(d, removed.id, [], previousIds);
  });
}

/** Moves an indicator one place up or down within its standard. */
export function moveIndicator(doc: Doc, at: At, delta: -1 | 1): Doc {
  return edit(doc, (d) => {
    const list = d.areas[at.a]!.standards[at.s]!.indicators;
    const to = at.i + delta;
    if (to < 0 || to >= list.length) return;
    const [moved] = list.splice(at.i, 1);
    list.splice(to, 0, moved!);
  });
}

/** Moves an indicator to the end of another standard (by its id). */
export function moveIndicatorTo(doc: Doc, at: At, standardId: string): Doc {
  return edit(doc, (d) => {
    const target = d.areas.flatMap((a) => a.standards).find((s) => s.id === standardId);
    if (!target) return;
    const [moved] = d.areas[at.a]!.standards[at.s]!.indicators.splice(at.i, 1);
    target.indicators.push(moved!);
  });
}

/** Splits an indicator into `parts` copies (`id-1`, `id-2`, …) whose texts are then edited apart. */
export function splitIndicator(doc: Doc, at: At, parts: number, previousIds: ReadonlySet<string>): Doc {
  return edit(doc, (d) => {
    const list = d.areas[at.a]!.standards[at.s]!.indicators;
    const original = list[at.i]!;
    const taken = allIds(d);
    const copies = Array.from({ length: Math.max(2, parts) }, (_, n) => {
      const id = freshId(d, `${original.id}-${n + 1}`, taken);
      taken.add(id);
      return { ...structuredClone(original), id };
    });
    list.splice(at.i, 1, ...copies);
    retire(
      d,
      original.id,
      copies.map((c) => c.id),
      previousIds,
    );
  });
}

/** Merges the indicators `ids` into the first of them, which stays where it is; the others are mapped to it. */
export function mergeIndicators(doc: Doc, ids: string[], previousIds: ReadonlySet<string>): Doc {
  const [keep, ...others] = ids;
  if (!keep || others.length === 0) return doc;
  return edit(doc, (d) => {
    for (const standard of d.areas.flatMap((a) => a.standards)) {
      standard.indicators = standard.indicators.filter((i) => !others.includes(i.id));
    }
    for (const id of others) retire(d, id, [keep], previousIds);
  });
}

/** Renames an id. For an indicator of the previous version the mapping says the new id continues the old. */
export function renameId(doc: Doc, oldId: string, newId: string, previousIds: ReadonlySet<string>): Doc {
  if (oldId === newId) return doc;
  return edit(doc, (d) => {
    for (const area of d.areas) {
      if (area.id === oldId) area.id = newId;
      for (const standard of area.standards) {
        if (standard.id === oldId) standard.id = newId;
        for (const indicator of standard.indicators) {
          if (indicator.id === oldId) {
            indicator.id = newId;
            retire(d, oldId, [newId], previousIds);
          }
        }
      }
    }
    if (d.carryOver?.indicators?.[oldId]) {
      d.carryOver.indicators[newId] = d.carryOver.indicators[oldId];
      delete d.carryOver.indicators[oldId];
    }
  });
}

export function addStandard(doc: Doc, a: number): Doc {
  return edit(doc, (d) => {
    const taken = allIds(d);
    const id = freshId(d, 'standard', taken);
    taken.add(id);
    d.areas[a]!.standards.push({
      id,
      statement: emptyText(d),
      indicators: [{ id: freshId(d, 'indicator', taken), kind: 'rating', question: emptyText(d) }],
    });
  });
}

export function removeStandard(doc: Doc, a: number, s: number, previousIds: ReadonlySet<string>): Doc {
  return edit(doc, (d) => {
    const [removed] = d.areas[a]!.standards.splice(s, 1);
    for (const indicator of removed?.indicators ?? []) retire(d, indicator.id, [], previousIds);
  });
}

export function moveStandard(doc: Doc, a: number, s: number, delta: -1 | 1): Doc {
  return edit(doc, (d) => {
    const list = d.areas[a]!.standards;
    const to = s + delta;
    if (to < 0 || to >= list.length) return;
    const [moved] = list.splice(s, 1);
    list.splice(to, 0, moved!);
  });
}

/** Moves a standard to the end of another area (by its id). */
export function moveStandardTo(doc: Doc, a: number, s: number, areaId: string): Doc {
  return edit(doc, (d) => {
    const target = d.areas.find((area) => area.id === areaId);
    if (!target) return;
    const [moved] = d.areas[a]!.standards.splice(s, 1);
    target.standards.push(moved!);
  });
}

/** Indicators of the previous version that are gone from the draft with no successor in the mapping. */
export function removedWithoutSuccessor(doc: Doc, previousIds: ReadonlySet<string>): string[] {
  const present = allIds(doc);
  const mapped = new Set(Object.keys(doc.replaces ?? {}));
  return [...previousIds].filter((id) => !present.has(id) && !mapped.has(id));
}

/** How many texts each declared language lacks (an empty Finnish text counts as missing). */
export function missingTranslations(doc: Doc): Record<Language, number> {
  const counts: Record<Language, number> = { fi: 0, sv: 0, en: 0 };
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.fi === 'string') {
      for (const lang of doc.languages) if (!String(record[lang] ?? '').trim()) counts[lang]++;
      return;
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'replaces' && key !== 'carryOver') visit(child);
  };
  visit(doc);
  return counts;
}
