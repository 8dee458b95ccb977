/**
 * The instrument model: one zod schema validates instrument files, API input
 * and gives the client its types. Pure: no Node.js imports, so the client
 * bundles it too.
 */
import { z } from 'zod';

import { isRule, type Rule } from './messages';
import { LANGUAGES, type Language, type LocalizedText as Text } from './text';

type Params = Record<string, string | number>;

export { flattenIndicators, formatPath, indicatorPlaces, problemAt } from './paths';
export { displayNumber, LANGUAGE_NAMES, LANGUAGES, type Language, LIMITS, localize } from './text';

import { formatPath, problemAt } from './paths';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An instrument's (or an area's, standard's, indicator's) id: a lowercase slug. */
export const Id = z.string().min(2, 'id_too_short').max(64, 'id_too_long').regex(idPattern, 'id_format');

/** A text in every language the instrument declares; Finnish is always required. */
export const LocalizedText: z.ZodType<Text, Text> = z
  .object({
    fi: z.string().trim().min(1, 'text_required').max(2000, 'text_too_long'),
    sv: z.string().trim().min(1, 'text_empty').max(2000, 'text_too_long').optional(),
    en: z.string().trim().min(1, 'text_empty').max(2000, 'text_too_long').optional(),
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
    indicators: z.array(Indicator).min(1, 'needs_indicator'),
  })
  .strict();
export type Standard = z.infer<typeof Standard>;

export const Area = z
  .object({
    id: Id,
    title: LocalizedText,
    description: LocalizedText.optional(),
    standards: z.array(Standard).min(1, 'needs_standard'),
  })
  .strict();
export type Area = z.infer<typeof Area>;

export const SemVer = z.string().regex(/^\d+\.\d+\.\d+$/, 'version_format');

const InstrumentShape = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    version: SemVer,
    languages: z
      .array(z.enum(LANGUAGES))
      .min(1)
      .refine((l) => l.includes('fi'), 'finnish_required')
      .refine((l) => new Set(l).size === l.length, 'language_twice'),
    title: LocalizedText,
    description: LocalizedText.optional(),
    introduction: LocalizedText.optional(),
    videoUrl: z.url({ protocol: /^https$/, error: 'video_url' }).optional(),
    scale: Scale.optional(),
    evidencePrompt: LocalizedText.optional(),
    areas: z.array(Area).min(1, 'needs_area'),
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

type Issue = { path: (string | number)[]; rule: Rule; params?: Params };

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
    if (earlier) issues.push({ path: [...path, 'id'], rule: 'duplicate_id', params: { id, first: earlier } });
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
          issues.push({ path: [...pathOf(node), lang], rule: 'missing_text', params: { lang } });
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

  if (hasRating && doc.scale === undefined) issues.push({ path: ['scale'], rule: 'needs_scale' });
  const scale = asRecord(doc.scale);
  const min = asNumber(scale.min);
  const max = asNumber(scale.max);
  if (min !== undefined && max !== undefined) {
    if (min >= max) issues.push({ path: ['scale', 'max'], rule: 'scale_order', params: { min, max } });
    const values: number[] = [];
    asArray(scale.labels).forEach((label, i) => {
      const value = asNumber(asRecord(label).value);
      if (value === undefined) return;
      values.push(value);
      if (value < min || value > max) {
        issues.push({ path: ['scale', 'labels', i, 'value'], rule: 'scale_value_range', params: { value, min, max } });
      }
    });
    if (new Set(values).size !== values.length) {
      issues.push({ path: ['scale', 'labels'], rule: 'scale_value_twice' });
    }
    for (let v = min; v <= max && min < max && max - min <= 10; v++) {
      if (!values.includes(v))
        issues.push({ path: ['scale', 'labels'], rule: 'scale_value_unlabelled', params: { value: v } });
    }
  }

  for (const [oldId, targets] of Object.entries(asRecord(doc.replaces))) {
    if (seen.has(oldId)) {
      issues.push({ path: ['replaces', oldId], rule: 'replaced_still_present', params: { id: oldId } });
    }
    asArray(targets).forEach((target, t) => {
      if (typeof target === 'string' && !seen.has(target)) {
        issues.push({ path: ['replaces', oldId, t], rule: 'not_an_id', params: { id: target } });
      }
    });
  }
  for (const id of Object.keys(asRecord(asRecord(doc.carryOver).indicators))) {
    if (!seen.has(id)) {
      issues.push({ path: ['carryOver', 'indicators', id], rule: 'not_an_id', params: { id } });
    }
  }
  return issues;
}

export const Instrument = InstrumentShape.superRefine((doc, ctx) => {
  for (const issue of crossChecks(doc)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.rule, params: issue.params });
  }
});

/** A zod issue as a rule of the message catalogue with its parameters. */
function ruleOf(issue: z.core.$ZodIssue): { rule: Rule; params?: Params } {
  const last = issue.path.at(-1);
  if (isRule(issue.message)) {
    if (issue.message === 'text_empty') return { rule: 'text_empty', params: { lang: String(last) } };
    if (issue.message === 'text_too_long' && issue.code === 'too_big')
      return { rule: 'text_too_long', params: { max: Number(issue.maximum) } };
    const params = issue.code === 'custom' ? (issue.params as Params | undefined) : undefined;
    return params ? { rule: issue.message, params } : { rule: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { rule: 'wrong_type', params: { expected: issue.expected } };
    case 'unrecognized_keys':
      return { rule: 'unknown_field', params: { keys: issue.keys.join(', ') } };
    case 'invalid_value':
      return { rule: 'not_allowed', params: { values: issue.values.map(String).join(', ') } };
    case 'too_small':
      return { rule: 'too_small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { rule: 'too_big', params: { maximum: Number(issue.maximum) } };
    default:
      return { rule: 'invalid' };
  }
}

/** Every problem: the schema's, and the cross checks on whatever parts of the document are readable. */
function allProblems(doc: unknown, schemaIssues: readonly z.core.$ZodIssue[]): ValidationProblem[] {
  const problems = schemaIssues.map((issue) => {
    const { rule, params } = ruleOf(issue);
    return problemAt(formatPath(issue.path), rule, params);
  });
  const known = new Set(problems.map((p) => `${p.path}\u0000${p.message}`));
  for (const issue of crossChecks(doc)) {
    const p = problemAt(formatPath(issue.path), issue.rule, issue.params);
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

export type ValidationProblem = { path: string; message: string; rule?: Rule; params?: Params };
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
      problems: [problemAt('', 'too_large', { size, max: INSTRUMENT_MAX_CHARS })],
    };
  }
  const parsed = Instrument.safeParse(doc);
  if (parsed.success) return { ok: true, instrument: parsed.data };
  return { ok: false, problems: allProblems(doc, parsed.error.issues) };
}
