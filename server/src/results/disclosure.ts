/**
 * Disclosure control: for one viewer and one round, which figures may be
 * shown. Pure; every results view, export, trend, follow-up and summary asks
 * the plan this module builds, so the rule lives in one place (README,
 * "Results and anonymity").
 *
 * The groups a viewer can see form a tree: the country, the regions and the
 * organisations that are in the viewer's scope. A figure of a group is a sum
 * over the responses of that group. Whatever a viewer can see, they can add
 * and subtract, so a viewer can always work out the "cell" of every shown
 * group: the group minus its largest shown subgroups (a region minus the
 * organisations shown in it; the country minus the shown regions). For each
 * indicator separately, the plan makes every cell hold either no one or at
 * least the minimum number of people. The cells are the smallest groups the
 * viewer's figures pin down (everything else they can compute is a union of
 * cells), so no combination of shown figures isolates fewer than the minimum.
 *
 * Standards and areas are sums of their indicators. A standard is shown for a
 * group only when every indicator under it is shown for that group (an area
 * only when all its standards are): otherwise the hidden indicator would be
 * the standard minus the shown ones. So a shown parent adds nothing that its
 * indicators do not already give, and the indicators can be protected one at a
 * time.
 */

import type { HiddenReason } from './types';

export type { HiddenReason };

/** A group in the viewer's tree: the country, a region or an organisation. */
export type GroupKey = string;
export const COUNTRY: GroupKey = 'country';
export const regionKey = (code: string): GroupKey => `region:${code}`;
export const organisationKey = (id: string): GroupKey => `organisation:${id}`;

export type GroupNode = {
  key: GroupKey;
  /** The enclosing group in the viewer's tree; null for the country. */
  parent: GroupKey | null;
  /** People who answered (every rating indicator needs a score or "not applicable"). */
  total: number;
  /** People behind each element's figure: those who gave it a score (a working group counts its participants). */
  people: ReadonlyMap<string, number>;
  /** What the viewer already knows of this group: a respondent's own answer. */
  known?: { total: number; people: ReadonlyMap<string, number> };
};

export type ElementTree = {
  /** Indicators that have figures (rating indicators). */
  indicators: readonly string[];
  /** Standards and areas with their parts, parts listed before the element that sums them. */
  parents: readonly { id: string; parts: readonly string[] }[];
};

export type PlanInput = {
  minimum: number;
  elements: ElementTree;
  /** Every group the viewer can see, the country first (parents before children). */
  groups: readonly GroupNode[];
  /**
   * Which figure to give up when a cell is too small: 'subgroups' hides the
   * smallest shown subgroup (coordinators and administrators compare
   * organisations); 'totals' hides the enclosing total instead (a quality
   * manager or a respondent keeps their own organisation's figures).
   */
  prefer: 'subgroups' | 'totals';
};

export type DisclosurePlan = {
  minimum: number;
  /** Null when the viewer may see the figure, otherwise why not (a group outside the viewer's tree is never shown). */
  hidden(group: GroupKey, element: string): HiddenReason | null;
  groups: ReadonlySet<GroupKey>;
};

/** Builds the plan: for each indicator the cells of the viewer's tree, then standards and areas from their parts. */
export function disclosurePlan(input: PlanInput): DisclosurePlan {
  const { minimum, elements, groups } = input;
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const children = new Map<GroupKey, GroupNode[]>();
  for (const g of groups) {
    if (g.parent === null) continue;
    if (!byKey.has(g.parent)) throw new Error(`group ${g.key} has a parent outside the tree: ${g.parent}`);
    children.set(g.parent, [...(children.get(g.parent) ?? []), g]);
  }
  const depth = (g: GroupNode): number => (g.parent === null ? 0 : 1 + depth(byKey.get(g.parent)!));
  // Deepest first, so a group is settled after everything inside it.
  const bottomUp = [...groups].sort((a, b) => depth(b) - depth(a) || a.key.localeCompare(b.key));

  const reasons = new Map<string, HiddenReason>();
  const at = (group: GroupKey, element: string) => `${group}\u0000${element}`;

  // Two counts are protected in every cell: the people who scored the indicator (its sum and mean) and
  // the people who answered at all (with the scorers, they would tell the "not applicable" answers).
  const measures = [
    (g: GroupNode, i: string) => (g.people.get(i) ?? 0) - (g.known?.people.get(i) ?? 0),
    (g: GroupNode) => g.total - (g.known?.total ?? 0),
  ];
  const tooSmall = (n: number) => n > 0 && n < minimum;

  for (const g of groups) {
    if (tooSmall(g.total))
      for (const e of [...elements.indicators, ...elements.parents.map((p) => p.id)])
        reasons.set(at(g.key, e), 'small');
  }

  for (const indicator of elements.indicators) {
    const hidden = new Map<GroupKey, HiddenReason>();
    for (const g of groups) {
      const n = g.people.get(indicator) ?? 0;
      if (tooSmall(g.total) || tooSmall(n)) hidden.set(g.key, 'small');
    }
    /** The largest shown groups inside g. */
    const frontier = (g: GroupNode): GroupNode[] =>
      (children.get(g.key) ?? []).flatMap((c) => (hidden.has(c.key) ? frontier(c) : [c]));
    /** What the viewer can isolate at g, by one count: g minus its largest shown subgroups. */
    const cell = (g: GroupNode, count: (typeof measures)[number]) =>
      count(g, indicator) - frontier(g).reduce((n, f) => n + count(f, indicator), 0);

    for (const g of bottomUp) {
      if (hidden.has(g.key)) continue; // its cell joins the enclosing group's, settled there
      for (;;) {
        const failing = measures.find((count) => tooSmall(cell(g, count)));
        if (!failing) break;
        const next =
          input.prefer === 'subgroups'
            ? frontier(g)
                .filter((f) => cell(f, failing) > 0)
                .sort(
                  (a, b) =>
                    failing(a, indicator) - failing(b, indicator) || a.total - b.total || a.key.localeCompare(b.key),
                )[0]
            : undefined;
        if (!next) {
          hidden.set(g.key, 'complementary');
          break;
        }
        hidden.set(next.key, 'complementary');
      }
    }
    for (const [key, reason] of hidden) if (!reasons.has(at(key, indicator))) reasons.set(at(key, indicator), reason);
  }

  for (const parent of elements.parents) {
    for (const g of groups) {
      if (reasons.has(at(g.key, parent.id))) continue;
      const parts = parent.parts.map((p) => reasons.get(at(g.key, p))).filter((r) => r !== undefined);
      // Withheld only to protect another group when every withheld part is; otherwise because of a part.
      const reason: HiddenReason | null = tooSmall(g.people.get(parent.id) ?? 0)
        ? 'small'
        : parts.length === 0
          ? null
          : parts.every((r) => r === 'complementary')
            ? 'complementary'
            : 'part';
      if (reason) reasons.set(at(g.key, parent.id), reason);
    }
  }

  const keys = new Set(byKey.keys());
  return {
    minimum,
    groups: keys,
    hidden: (group, element) => (keys.has(group) ? (reasons.get(at(group, element)) ?? null) : 'complementary'),
  };
}

/** The minimum for evidence texts and open answers: the round's text minimum, never below its figure minimum. */
export const textMinimum = (round: { min_group_size: number; min_text_group_size: number | null }) =>
  Math.max(round.min_group_size, round.min_text_group_size ?? 0);

/** What a respondent knows of the texts: the people behind each organisation's, and their own. */
export type TextScopeInput = {
  /** The round's text minimum (`textMinimum`). */
  minimum: number;
  /** People behind the reader's own organisation's submitted responses, the reader included. */
  own: number;
  /** People the reader's own response counts for (a working group's participants). */
  known: number;
  /** People behind each other organisation of the round. */
  others: readonly number[];
};

/** Why each of a respondent's two views of the texts is withheld; null where it is shown. */
export type TextScopes = { round: HiddenReason | null; organisation: HiddenReason | null };

const TEXTS = 'texts';
const OWN: GroupKey = organisationKey('own');

/**
 * A respondent's two views of the others' texts: the whole round and their own
 * organisation. Only organisations that reach the text minimum contribute texts;
 * the reader knows their own, so their organisation counts only the others
 * (as their summary's figures do). The two views are the country and the
 * organisation of a tree the plan above protects: the whole round minus the own
 * organisation never isolates fewer than the minimum, and neither view does on
 * its own.
 */
export function textScopes({ minimum, own, known, others }: TextScopeInput): TextScopes {
  const ownCounts = own >= minimum;
  const pooled = others.filter((n) => n >= minimum).reduce((sum, n) => sum + n, 0) + (ownCounts ? own : 0);
  const node = (total: number) => ({ total, people: new Map([[TEXTS, total]]) });
  const knows = ownCounts ? { known: node(known) } : {};
  const plan = disclosurePlan({
    minimum,
    elements: { indicators: [TEXTS], parents: [] },
    groups: [
      { key: COUNTRY, parent: null, ...node(pooled), ...knows },
      ...(ownCounts ? [{ key: OWN, parent: COUNTRY, ...node(own), ...knows }] : []),
    ],
    prefer: 'totals',
  });
  return { round: plan.hidden(COUNTRY, TEXTS), organisation: ownCounts ? plan.hidden(OWN, TEXTS) : 'small' };
}
