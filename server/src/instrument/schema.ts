/**
 * The instrument model: one zod schema validates instrument files, API input
 * and gives the client its types. Pure: no Node.js imports, so the client
 * bundles it too.
 */
import { z } from 'zod';

import { LANGUAGE_NAMES, LANGUAGES, type Language, type LocalizedText as Text } from './text';

export { displayNumber, LANGUAGE_NAMES, LANGUAGES, type Language, LIMITS, localize } from './text';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An instrument's (or an area's, standard's, indicator's) id: a lowercase slug. */
export const Id = z
  .string()
  .min(2, 'an id has at least 2 characters')
  .max(64, 'an id has at most 64 characters')
  .regex(idPattern, 'an id is a lowercase slug: letters a–z, digits and single hyphens');

/** A text in every language the instrument declares; Finnish is always required. */
export const LocalizedText: z.ZodType<Text, Text> = z
  .object({
    fi: z.string().trim().min(1, 'the Finnish text is required').max(2000),
    sv: z.string().trim().min(1, 'the Swedish text must not be empty').max(2000).optional(),
    en: z.string().trim().min(1, 'the English text must not be empty').max(2000).optional(),
  })
  .strict();
export type LocalizedText = Text;

const ScaleLabel = z.object({ value: z.number().int(), text: LocalizedText }).strict();

export const Scale = z
  .object({
    min: z.number().int().min(0).max(10),
    max: z.number().int().min(1).max(10),
    labels: z.array(ScaleLabel).min(2),
    notApplicable: LocalizedText.optional(),
  })
  .strict();
export type Scale = z.infer<typeof Scale>;

export const Indicator = z
  .object({
    id: Id,
    kind: z.enum(['rating', 'text']).default('rating'),
    question: LocalizedText,
    help: LocalizedText.optional(),
    evidencePrompt: LocalizedText.optional(),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

export const Standard = z
  .object({
    id: Id,
    statement: LocalizedText,
    description: LocalizedText.optional(),
    indicators: z.array(Indicator).min(1, 'a standard needs at least one indicator'),
  })
  .strict();
export type Standard = z.infer<typeof Standard>;

export const Area = z
  .object({
    id: Id,
    title: LocalizedText,
    description: LocalizedText.optional(),
    standards: z.array(Standard).min(1, 'an area needs at least one standard'),
  })
  .strict();
export type Area = z.infer<typeof Area>;

export const SemVer = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is MAJOR.MINOR.PATCH, for example 1.0.0');

const InstrumentShape = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    version: SemVer,
    languages: z
      .array(z.enum(LANGUAGES))
      .min(1)
      .refine((l) => l.includes('fi'), 'Finnish (fi) is always one of the languages')
      .refine((l) => new Set(l).size === l.length, 'a language is listed twice'),
    title: LocalizedText,
    description: LocalizedText.optional(),
    introduction: LocalizedText.optional(),
    videoUrl: z.url({ protocol: /^https$/, error: 'the video link must be an https URL' }).optional(),
    scale: Scale.optional(),
    evidencePrompt: LocalizedText.optional(),
    areas: z.array(Area).min(1, 'an instrument needs at least one area'),
    /** Retired indicator ids of an earlier version → their successors here. */
    replaces: z.record(Id, z.array(Id).min(1)).optional(),
    /**
     * How earlier figures carry over a change that would otherwise make them
     * incomparable: a changed scale (`index`: compare rounds by their 0–100
     * index, each on its own version's scale; `new-series`: the trend starts
     * again) and an indicator whose kind changed under the same id (a new series).
     */
    carryOver: z
      .object({
        scale: z.enum(['index', 'new-series']).optional(),
        indicators: z.record(Id, z.literal('new-series')).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

type Issue = { path: (string | number)[]; message: string };

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * Checks the schema cannot express: unique ids, every declared language
 * present, a coherent scale, `replaces` pointing at this version's ids. It
 * reads the raw document defensively, so these problems are listed together
 * with the schema's own, even when other parts of the document are broken.
 */
function crossChecks(raw: unknown): Issue[] {
  const doc = asRecord(raw);
  const issues: Issue[] = [];
  const declared = asArray(doc.languages).filter((l): l is Language => (LANGUAGES as readonly unknown[]).includes(l));
  const languages = declared.length > 0 ? declared : (['fi'] as Language[]);

  const seen = new Map<string, string>();
  const claim = (id: unknown, path: (string | number)[]) => {
    if (typeof id !== 'string') return;
    const earlier = seen.get(id);
    if (earlier) issues.push({ path: [...path, 'id'], message: `duplicate id "${id}" (first used at ${earlier})` });
    else seen.set(id, formatPath([...path, 'id']));
  };
  // Iterative walk with parent links (paths are built only for problems): a hostile file
  // nested thousands of levels deep neither overflows the stack nor takes quadratic time.
  type Node = { value: unknown; key?: string | number; parent?: Node };
  const pathOf = (node: Node): (string | number)[] => {
    const out: (string | number)[] = [];
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) out.unshift(n.key);
    return out;
  };
  const pending: Node[] = [{ value: doc }];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const { value } = node;
    if (value === null || typeof value !== 'object') continue;
    if (isLocalized(value)) {
      for (const lang of languages) {
        if (value[lang] === undefined)
          issues.push({ path: [...pathOf(node), lang], message: `missing ${LANGUAGE_NAMES[lang]} text` });
      }
      continue;
    }
    const entries = Object.entries(value).filter(
      ([key]) => !(node.parent === undefined && (key === 'replaces' || key === 'carryOver')),
    );
    for (const [key, child] of entries.reverse()) {
      pending.push({ value: child, key: Array.isArray(value) ? Number(key) : key, parent: node });
    }
  }

  let hasRating = false;
  asArray(doc.areas).forEach((area, a) => {
    claim(asRecord(area).id, ['areas', a]);
    asArray(asRecord(area).standards).forEach((standard, s) => {
      claim(asRecord(standard).id, ['areas', a, 'standards', s]);
      asArray(asRecord(standard).indicators).forEach((indicator, i) => {
        claim(asRecord(indicator).id, ['areas', a, 'standards', s, 'indicators', i]);
        if ((asRecord(indicator).kind ?? 'rating') === 'rating') hasRating = true;
      });
    });
  });

  if (hasRating && doc.scale === undefined) issues.push({ path: ['scale'], message: 'rating indicators need a scale' });
  const scale = asRecord(doc.scale);
  const min = asNumber(scale.min);
  const max = asNumber(scale.max);
  if (min !== undefined && max !== undefined) {
    if (min >= max) issues.push({ path: ['scale', 'max'], message: `max (${max}) must be greater than min (${min})` });
    const values: number[] = [];
    asArray(scale.labels).forEach((label, i) => {
      const value = asNumber(asRecord(label).value);
      if (value === undefined) return;
      values.push(value);
      if (value < min || value > max) {
        issues.push({
          path: ['scale', 'labels', i, 'value'],
          message: `scale value ${value} is out of range ${min}–${max}`,
        });
      }
    });
    if (new Set(values).size !== values.length) {
      issues.push({ path: ['scale', 'labels'], message: 'a scale value is labelled twice' });
    }
    for (let v = min; v <= max && min < max && max - min <= 10; v++) {
      if (!values.includes(v)) issues.push({ path: ['scale', 'labels'], message: `scale value ${v} has no label` });
    }
  }

  for (const [oldId, targets] of Object.entries(asRecord(doc.replaces))) {
    if (seen.has(oldId)) {
      issues.push({ path: ['replaces', oldId], message: `"${oldId}" is still an id in this version` });
    }
    asArray(targets).forEach((target, t) => {
      if (typeof target === 'string' && !seen.has(target)) {
        issues.push({ path: ['replaces', oldId, t], message: `"${target}" is not an id in this version` });
      }
    });
  }
  for (const id of Object.keys(asRecord(asRecord(doc.carryOver).indicators))) {
    if (!seen.has(id)) {
      issues.push({ path: ['carryOver', 'indicators', id], message: `"${id}" is not an id in this version` });
    }
  }
  return issues;
}

export const Instrument = InstrumentShape.superRefine((doc, ctx) => {
  for (const issue of crossChecks(doc)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** Every problem: the schema's, and the cross checks on whatever parts of the document are readable. */
function allProblems(doc: unknown, schemaIssues: readonly z.core.$ZodIssue[]): ValidationProblem[] {
  const problems = schemaIssues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const known = new Set(problems.map((p) => `${p.path}\u0000${p.message}`));
  for (const issue of crossChecks(doc)) {
    const p = { path: formatPath(issue.path), message: issue.message };
    // An empty text is already reported as empty; do not add "missing" at the same place.
    if (!known.has(`${p.path}\u0000${p.message}`) && !problems.some((q) => q.path === p.path)) problems.push(p);
  }
  return problems;
}
export type Instrument = z.infer<typeof Instrument>;
/** The file shape before defaults are applied (what authors write). */
export type InstrumentInput = z.input<typeof Instrument>;

function isLocalized(value: object): value is Partial<Record<Language, string>> {
  return 'fi' in value && Object.keys(value).every((k) => (LANGUAGES as readonly string[]).includes(k));
}

/** `areas[2].standards[1].indicators[0].question.sv` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const key = String(part);
    return out ? `${out}.${key}` : key;
  }, '');
}

export type ValidationProblem = { path: string; message: string };
export type ValidationResult = { ok: true; instrument: Instrument } | { ok: false; problems: ValidationProblem[] };

/** The largest instrument, in characters of compact JSON (the shipped ELO instrument has about 35 000). */
export const INSTRUMENT_MAX_CHARS = 300_000;

/** Characters of the document as compact JSON; undefined for what JSON cannot hold (a cycle, or deeper than the stack). */
function jsonSize(doc: unknown): number | undefined {
  try {
    return JSON.stringify(doc)?.length;
  } catch {
    return undefined;
  }
}

/** Validates an unknown document as an instrument, listing every problem with its JSON path. */
export function validateInstrument(doc: unknown): ValidationResult {
  const size = jsonSize(doc);
  if (size !== undefined && size > INSTRUMENT_MAX_CHARS) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `the instrument is ${size} characters as JSON; the limit is ${INSTRUMENT_MAX_CHARS}`,
        },
      ],
    };
  }
  const parsed = Instrument.safeParse(doc);
  if (parsed.success) return { ok: true, instrument: parsed.data };
  return { ok: false, problems: allProblems(doc, parsed.error.issues) };
}

/** Every indicator with its place in the tree, in display order. */
export function flattenIndicators(instrument: Instrument) {
  return instrument.areas.flatMap((area) =>
    area.standards.flatMap((standard) => standard.indicators.map((indicator) => ({ area, standard, indicator }))),
  );
}
