/**
 * The first page of an organisation's report, pure and shared: where it
 * stands per area, its clearest strengths and development areas, the change
 * since the previous round, and a short narrative in the reader's language
 * built from templates, each sentence naming the figures it rests on. It
 * reads only figures the viewer was given (the disclosure plan decided them);
 * a withheld figure is never chosen, compared or told.
 */
import { pickName } from '../i18n/names.shared';
import { type Language, type LocalizedText, localize } from '../instrument/text';
import type { Band, Compared, Difference, OrganisationResults, TrendPoint } from './types';

/** How many strengths and development areas the summary names. */
export const HIGHLIGHTS = 3;

/** A shown figure with the numbers behind it. */
export type Highlight = {
  id: string;
  index: number;
  mean: number;
  n: number;
  band: Band;
  /** The region's and the country's index where shown. */
  region: number | null;
  country: number | null;
  differs: Compared['differs'];
};

export type AreaChange = { id: string; index: number; previous: number; change: number };

export type ReportSummary = {
  /** The shown areas, in the instrument's order. */
  areas: Highlight[];
  strengths: Highlight[];
  developments: Highlight[];
  /** The change of each area's index since the previous round where both are shown; null without one. */
  change: { round: LocalizedText; areas: AreaChange[] } | null;
};

function highlight(id: string, f: Compared): Highlight | null {
  if (f.hidden || f.index === null || f.mean === null || f.n === null || f.band === null) return null;
  const shown = (g: Compared['region']) => (g.hidden ? null : g.index);
  return {
    id,
    index: f.index,
    mean: f.mean,
    n: f.n,
    band: f.band,
    region: shown(f.region),
    country: shown(f.country),
    differs: f.differs,
  };
}

/** Against the country first, then the region: how far above (positive) or below the own index lies. */
const margin = (h: Highlight) => h.index - (h.country ?? h.region ?? h.index);

/**
 * The clearest strengths: the highest indexes among the shown standards, ties
 * broken by the margin over the country; the development areas likewise from
 * the bottom. A standard is never both; with fewer than two shown standards there is nothing to rank.
 */
export function selectHighlights(standards: Highlight[]): { strengths: Highlight[]; developments: Highlight[] } {
  if (standards.length < 2) return { strengths: [], developments: [] };
  const order = new Map(standards.map((s, i) => [s.id, i]));
  const byStrength = [...standards].sort(
    (a, b) => b.index - a.index || margin(b) - margin(a) || order.get(a.id)! - order.get(b.id)!,
  );
  const take = Math.min(HIGHLIGHTS, Math.floor(standards.length / 2));
  const strengths = byStrength.slice(0, take);
  const developments = byStrength.slice(-take).reverse();
  return { strengths, developments };
}

/** The previous round's point of the trend when the organisation's figures were shown in it. */
function previousPoint(trend: TrendPoint[]): TrendPoint | null {
  const previous = trend.length > 1 ? trend[trend.length - 2] : undefined;
  return previous && !previous.suppressed ? previous : null;
}

export function summarise(results: OrganisationResults): ReportSummary {
  const areas = results.areas.flatMap((a) => highlight(a.id, a) ?? []);
  const standards = results.areas.flatMap((a) => a.standards.flatMap((s) => highlight(s.id, s) ?? []));
  const previous = previousPoint(results.trend);
  const change = previous && {
    round: previous.name,
    areas: areas.flatMap((a) => {
      const before = previous.areas[a.id];
      if (!before || before.hidden || before.index === null) return [];
      return [{ id: a.id, index: a.index, previous: before.index, change: a.index - before.index }];
    }),
  };
  return { areas, ...selectHighlights(standards), change: change && change.areas.length > 0 ? change : null };
}

/** One sentence of the narrative and the elements whose figures it states. */
export type Sentence = { text: string; refs: string[] };

type Words = {
  band: Record<Band, string>;
  responses: (n: number) => string;
  overall: (org: string, responses: string, strongest: string, weakest: string) => string;
  only: (org: string, responses: string, area: string) => string;
  figure: (label: string, index: number, band: string) => string;
  above: (area: string, scope: 'region' | 'country', own: number, other: number) => string;
  level: (areas: string) => string;
  strengths: (list: string) => string;
  developments: (list: string) => string;
  rose: (area: string, change: number, round: string) => string;
  fell: (area: string, change: number, round: string) => string;
  steady: (round: string) => string;
  list: (items: string[]) => string;
};

const join = (and: string) => (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/** The narrative's templates, one set a language (checked against a fixture in summary.shared.test.ts). */
export const NARRATIVE: Record<Language, Words> = {
  fi: {
    band: { weak: 'heikko', fair: 'kohtalainen', good: 'hyvä' },
    responses: (n) => (n === 1 ? '1 vastaus' : `${n} vastausta`),
    overall: (org, r, s, w) => `${org} sai ${r}. Vahvin osa-alue on ${s} ja heikoin ${w}.`,
    only: (org, r, a) => `${org} sai ${r}. Osa-alueista näytetään vain ${a}.`,
    figure: (label, index, band) => `${label} (indeksi ${index}, ${band})`,
    above: (area, scope, own, other) =>
      `Osa-alueella ${area} indeksi ${own} on ${own > other ? 'selvästi korkeampi' : 'selvästi matalampi'} kuin ${scope === 'region' ? 'maakunnassa' : 'koko maassa'} (${other}).`,
    level: (areas) => `Muilla osa-alueilla ero maakuntaan ja koko maahan ei ole merkitsevä: ${areas}.`,
    strengths: (list) => `Selvimmät vahvuudet: ${list}.`,
    developments: (list) => `Selvimmät kehittämiskohteet: ${list}.`,
    rose: (area, change, round) => `Edelliseen kierrokseen (${round}) verrattuna eniten nousi ${area} (+${change}).`,
    fell: (area, change, round) => `Edelliseen kierrokseen (${round}) verrattuna eniten laski ${area} (${change}).`,
    steady: (round) => `Osa-alueiden indeksit ovat pysyneet lähes ennallaan edellisestä kierroksesta (${round}).`,
    list: join('ja'),
  },
  sv: {
    band: { weak: 'svag', fair: 'måttlig', good: 'god' },
    responses: (n) => (n === 1 ? '1 svar' : `${n} svar`),
    overall: (org, r, s, w) => `${org} fick ${r}. Det starkaste området är ${s} och det svagaste ${w}.`,
    only: (org, r, a) => `${org} fick ${r}. Av områdena visas endast ${a}.`,
    figure: (label, index, band) => `${label} (index ${index}, ${band})`,
    above: (area, scope, own, other) =>
      `Inom området ${area} är indexet ${own} ${own > other ? 'klart högre' : 'klart lägre'} än ${scope === 'region' ? 'i landskapet' : 'i hela landet'} (${other}).`,
    level: (areas) =>
      `Inom de övriga områdena är skillnaden mot landskapet och hela landet inte signifikant: ${areas}.`,
    strengths: (list) => `De tydligaste styrkorna: ${list}.`,
    developments: (list) => `De tydligaste utvecklingsområdena: ${list}.`,
    rose: (area, change, round) => `Jämfört med föregående omgång (${round}) steg ${area} mest (+${change}).`,
    fell: (area, change, round) => `Jämfört med föregående omgång (${round}) sjönk ${area} mest (${change}).`,
    steady: (round) => `Områdenas index är i stort sett oförändrade sedan föregående omgång (${round}).`,
    list: join('och'),
  },
  en: {
    band: { weak: 'weak', fair: 'fair', good: 'good' },
    responses: (n) => (n === 1 ? '1 response' : `${n} responses`),
    overall: (org, r, s, w) => `${org} received ${r}. The strongest area is ${s} and the weakest ${w}.`,
    only: (org, r, a) => `${org} received ${r}. Of the areas only ${a} is shown.`,
    figure: (label, index, band) => `${label} (index ${index}, ${band})`,
    above: (area, scope, own, other) =>
      `In area ${area} the index ${own} is ${own > other ? 'clearly higher' : 'clearly lower'} than ${scope === 'region' ? 'in the region' : 'in the whole country'} (${other}).`,
    level: (areas) => `In the other areas the difference from the region and the country is not significant: ${areas}.`,
    strengths: (list) => `Clearest strengths: ${list}.`,
    developments: (list) => `Clearest development areas: ${list}.`,
    rose: (area, change, round) => `Since the previous round (${round}), ${area} rose most (+${change}).`,
    fell: (area, change, round) => `Since the previous round (${round}), ${area} fell most (${change}).`,
    steady: (round) => `The areas' indexes have stayed nearly the same since the previous round (${round}).`,
    list: join('and'),
  },
};

/** A change of at most this many index points reads as "nearly the same". */
export const STEADY_POINTS = 2;

/**
 * The narrative: a handful of sentences from the templates of the language,
 * each built from figures of the summary only (listed in `refs`).
 * `label(id)` is the element's number and text in that language ("1.2 …").
 */
export function narrate(
  summary: ReportSummary,
  results: Pick<OrganisationResults, 'organisation' | 'responses'>,
  language: Language,
  label: (id: string) => string,
): Sentence[] {
  const w = NARRATIVE[language];
  const fig = (h: Highlight) => w.figure(label(h.id), h.index, w.band[h.band]);
  const out: Sentence[] = [];
  // A proper noun: the name in the reader's language, else the organisation's own.
  const org = pickName(results.organisation.name, language, results.organisation.language).text;
  const responses = w.responses(results.responses);
  const { areas } = summary;
  if (areas.length === 0) return out;
  const ranked = [...areas].sort((a, b) => b.index - a.index);
  const strongest = ranked[0]!;
  const weakest = ranked[ranked.length - 1]!;
  out.push(
    areas.length === 1
      ? { text: w.only(org, responses, fig(strongest)), refs: [strongest.id] }
      : { text: w.overall(org, responses, fig(strongest), fig(weakest)), refs: [strongest.id, weakest.id] },
  );
  const marked = new Set<string>();
  for (const a of areas) {
    const scope: 'country' | 'region' | null = a.differs.country ? 'country' : a.differs.region ? 'region' : null;
    const other = scope === 'country' ? a.country : scope === 'region' ? a.region : null;
    if (!scope || other === null) continue;
    marked.add(a.id);
    out.push({ text: w.above(label(a.id), scope, a.index, other), refs: [a.id] });
  }
  const level = areas.filter((a) => !marked.has(a.id) && (a.region !== null || a.country !== null));
  if (marked.size > 0 && level.length > 0)
    out.push({ text: w.level(w.list(level.map((a) => label(a.id)))), refs: level.map((a) => a.id) });
  if (summary.strengths.length > 0)
    out.push({ text: w.strengths(w.list(summary.strengths.map(fig))), refs: summary.strengths.map((s) => s.id) });
  if (summary.developments.length > 0)
    out.push({
      text: w.developments(w.list(summary.developments.map(fig))),
      refs: summary.developments.map((s) => s.id),
    });
  if (summary.change) {
    const round = localize(summary.change.round, language);
    const moves = [...summary.change.areas].sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
    const top = moves[0];
    if (top && Math.abs(top.change) > STEADY_POINTS)
      out.push({
        text: (top.change > 0 ? w.rose : w.fell)(label(top.id), top.change, round),
        refs: [top.id],
      });
    else out.push({ text: w.steady(round), refs: summary.change.areas.map((a) => a.id) });
  }
  return out;
}

/** Whether a difference mark reads up or down (for the summary table's marks). */
export const differenceSign = (d: Difference | null): '' | '▲' | '▼' =>
  d === 'higher' ? '▲' : d === 'lower' ? '▼' : '';
