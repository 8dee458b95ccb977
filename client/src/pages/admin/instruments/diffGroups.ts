/**
 * The instrument diff arranged for reading: areas, then standards, then
 * indicators; within each, added, changed, moved and removed; each entry
 * labelled by its display number and text (from the old version when removed).
 */
import type { DiffChange, DiffEntry, DiffNodeKind } from '@shared/instrument/diff';
import type { NumberedElement } from '@shared/instrument/numbering';
import { LANGUAGES, type Language } from '@shared/instrument/text';

export const KINDS: readonly DiffNodeKind[] = ['area', 'standard', 'indicator'];
export const CHANGES: readonly DiffChange[] = ['added', 'changed', 'moved', 'removed'];

export type ChangeGroup = { change: DiffChange; entries: DiffEntry[] };
export type KindGroup = { kind: DiffNodeKind; changes: ChangeGroup[] };

/** Non-empty groups only, in document order within each group. */
export function groupDiff(entries: readonly DiffEntry[]): KindGroup[] {
  return KINDS.flatMap((kind) => {
    const changes = CHANGES.map((change) => ({
      change,
      entries: entries.filter((entry) => entry.kind === kind && entry.change === change),
    })).filter((group) => group.entries.length > 0);
    return changes.length > 0 ? [{ kind, changes }] : [];
  });
}

/** A changed field split into its name, the scale value it labels and its language: `scale.label.3.sv`. */
export type FieldParts = { name: string; value?: string; lang?: Language };

export function fieldParts(field: string): FieldParts {
  const parts = field.split('.');
  const last = parts.at(-1);
  const lang = LANGUAGES.find((l) => l === last);
  if (lang) parts.pop();
  let value: string | undefined;
  if (parts[0] === 'scale' && parts[1] === 'label' && parts[2] !== undefined) {
    value = parts[2];
    parts.splice(2, 1);
  }
  return { name: parts.join('.'), ...(value !== undefined && { value }), ...(lang && { lang }) };
}

export type EntryLabel = { number: string | undefined; text: NumberedElement['text'] | undefined };

/**
 * The number and text of an entry: a removed node from the previous version
 * (when it is loaded), any other from this one.
 */
export function entryLabel(
  entry: Pick<DiffEntry, 'id' | 'change'>,
  current: ReadonlyMap<string, NumberedElement>,
  previous: ReadonlyMap<string, NumberedElement> | undefined,
): EntryLabel {
  const element = entry.change === 'removed' ? previous?.get(entry.id) : current.get(entry.id);
  return { number: element?.number, text: element?.text };
}

/** "2.1.3" for an id found in either version (this one first), else the id itself. */
export function numberOf(
  id: string,
  current: ReadonlyMap<string, NumberedElement>,
  previous: ReadonlyMap<string, NumberedElement> | undefined,
): string {
  return current.get(id)?.number ?? previous?.get(id)?.number ?? id;
}

export const KNOWN_FIELDS = [
  'title',
  'description',
  'statement',
  'question',
  'help',
  'evidencePrompt',
  'kind',
  'standard',
  'area',
  'introduction',
  'videoUrl',
  'languages',
  'scale.min',
  'scale.max',
  'scale.label',
  'scale.notApplicable',
] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];
type Underscored<F> = F extends `${infer A}.${infer B}` ? `${A}_${B}` : F;
export type FieldKey = Underscored<KnownField>;

/** The translation key of a field name (`scale.max` → `scale_max`), or undefined for a field this client does not know. */
export function fieldKey(name: string): FieldKey | undefined {
  const known = KNOWN_FIELDS.find((f) => f === name);
  return known ? (known.replace('.', '_') as FieldKey) : undefined;
}
