/**
 * Indicator ids across versions: checking a new version's `replaces` against
 * the versions before it, and following it back so that trends carry over.
 * The schema has already checked what one document can tell on its own
 * (targets exist, a replaced id is gone); here the earlier versions are needed.
 */
import type { Rule } from './messages';
import { flattenIndicators, formatPath, problemAt } from './paths';
import type { Indicator, Instrument, ValidationProblem } from './schema';

type Kinds = Map<string, Indicator['kind']>;
type Edge = { from: string; to: string; version: string };

const indicatorKinds = (doc: Instrument): Kinds =>
  new Map(flattenIndicators(doc).map(({ indicator }) => [indicator.id, indicator.kind]));

/** A chain of `replaces` edges from `start` to `goal`, or undefined when there is none. */
function findChain(edges: Edge[], start: string, goal: string): Edge[] | undefined {
  const seen = new Set([start]);
  const queue: Array<{ at: string; chain: Edge[] }> = [{ at: start, chain: [] }];
  for (let item = queue.shift(); item; item = queue.shift()) {
    for (const edge of edges.filter((e) => e.from === item?.at)) {
      const chain = [...item.chain, edge];
      if (edge.to === goal) return chain;
      if (!seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push({ at: edge.to, chain });
      }
    }
  }
  return undefined;
}

/**
 * Checks `next.replaces` against the versions before it and lists every
 * problem with its JSON path (`replaces.old-id`, `replaces.old-id[0]`):
 * - a mapped old id must be an indicator of `previous` or of a version in `history`;
 * - a rating indicator cannot be continued by a text indicator (its scores would have nowhere to go);
 * - a mapping must not close a cycle with earlier ones (`a → b` in 1.1.0, `b → a` in 1.2.0).
 * An indicator of `previous` that is simply gone from `next`, unmapped, is a plain removal and fine.
 *
 * @param previous the version `next` follows, or undefined for a first version
 * @param history earlier versions, oldest first; it may include `previous`
 */
export function checkMapping(
  previous: Instrument | undefined,
  next: Instrument,
  history: Instrument[] = [],
): ValidationProblem[] {
  const earlier = history.filter((v) => v.version !== previous?.version && v.version !== next.version);
  if (previous) earlier.push(previous);
  const earlierKinds = earlier.map((v) => ({ version: v.version, kinds: indicatorKinds(v) }));
  const nextKinds = indicatorKinds(next);
  const edges: Edge[] = [...earlier, next].flatMap((v) =>
    Object.entries(v.replaces ?? {}).flatMap(([from, targets]) =>
      targets.map((to) => ({ from, to, version: v.version })),
    ),
  );
  const problems: ValidationProblem[] = [];
  const report = (path: (string | number)[], rule: Rule, params: Record<string, string | number>) =>
    problems.push(problemAt(formatPath(path), rule, params));

  if (previous) {
    for (const problem of carryOverProblems(previous, next)) report(problem.path, problem.rule, problem.params);
  }
  for (const [oldId, targets] of Object.entries(next.replaces ?? {})) {
    const source = earlierKinds.findLast((v) => v.kinds.has(oldId));
    if (!source) {
      report(['replaces', oldId], 'mapping_unknown', { id: oldId, previous: previous?.version ?? '' });
      continue;
    }
    targets.forEach((target, t) => {
      if (source.kinds.get(oldId) === 'rating' && nextKinds.get(target) === 'text') {
        report(['replaces', oldId, t], 'mapping_rating_to_text', { id: oldId, version: source.version, target });
      }
      const back = findChain(edges, target, oldId);
      if (back) {
        const chain = back.map((e) => `"${e.from}" → "${e.to}" in ${e.version}`).join(', ');
        report(['replaces', oldId, t], 'mapping_cycle', { id: oldId, target, chain });
      }
    });
  }
  return problems;
}

const scaleRange = (doc: Instrument) => (doc.scale ? `${doc.scale.min}–${doc.scale.max}` : 'none');

/**
 * A changed scale, or an indicator whose kind changed under the same id,
 * makes earlier figures incomparable: refused unless `next.carryOver` says
 * how they carry over.
 */
type CarryOverProblem = { path: (string | number)[]; rule: Rule; params: Record<string, string> };
function carryOverProblems(previous: Instrument, next: Instrument): CarryOverProblem[] {
  const problems: CarryOverProblem[] = [];
  if (scaleRange(previous) !== scaleRange(next) && !next.carryOver?.scale) {
    problems.push({
      path: ['scale'],
      rule: 'scale_changed',
      params: { from: scaleRange(previous), to: scaleRange(next), version: previous.version },
    });
  }
  const before = indicatorKinds(previous);
  for (const { indicator } of flattenIndicators(next)) {
    const kind = before.get(indicator.id);
    if (kind && kind !== indicator.kind && next.carryOver?.indicators?.[indicator.id] !== 'new-series') {
      problems.push({
        path: ['carryOver', 'indicators', indicator.id],
        rule: 'kind_changed',
        params: { id: indicator.id, from: kind, to: indicator.kind },
      });
    }
  }
  return problems;
}

/** The ids an indicator continues in one version; empty when it has no predecessor there. */
export type LineageStep = { version: string; ids: string[] };
/** For each indicator id of the newest version, one step a version, oldest first, the newest included. */
export type Lineage = Map<string, LineageStep[]>;

/**
 * Tells, for each indicator of the newest version, which indicator ids of
 * each earlier version it continues, so that a trend joins the right results.
 * It follows `replaces` back transitively, even across versions that skip an
 * id: an unchanged id continues itself; a rename `old → [new]` makes `new`
 * continue `old`; a split `old → [a, b]` makes both `a` and `b` continue
 * `old`; a merge (`x → [a]` while `a` stays) makes `a` continue both. An id
 * that leaves and later comes back unmapped is taken to be the same indicator.
 *
 * @param versions every version of one instrument, oldest first
 */
export function resolveLineage(versions: Instrument[]): Lineage {
  const newest = versions.at(-1);
  const lineage: Lineage = new Map();
  if (!newest) return lineage;
  const ordered = versions.map((v) => flattenIndicators(v).map(({ indicator }) => indicator.id));
  for (const { indicator } of flattenIndicators(newest)) {
    const sought = new Set([indicator.id]);
    const steps: LineageStep[] = [];
    for (let k = versions.length - 1; k >= 0; k--) {
      const version = versions[k]!;
      const ids = ordered[k]!.filter((id) => sought.has(id));
      steps.unshift({ version: version.version, ids });
      // A declared new series starts here: nothing earlier continues into it.
      const carry = version.carryOver;
      if (carry?.scale === 'new-series' || ids.some((id) => carry?.indicators?.[id] === 'new-series')) {
        sought.clear();
        continue;
      }
      for (const [oldId, targets] of Object.entries(version.replaces ?? {})) {
        if (targets.some((target) => ids.includes(target))) sought.add(oldId);
      }
    }
    lineage.set(indicator.id, steps);
  }
  return lineage;
}

/**
 * The standards of `current` whose indicators are not one-to-one the same in
 * `earlier`: an indicator renamed, split, merged, added or moved in, or one of
 * `earlier`'s indicators of that standard gone. Used to mark them in trends.
 */
export function changedStandards(current: Instrument, earlier: Instrument, lineage: Lineage): string[] {
  if (current.version === earlier.version) return [];
  const earlierStandards = new Map(
    earlier.areas.flatMap((a) => a.standards.map((s) => [s.id, s.indicators.map((i) => i.id)] as const)),
  );
  return current.areas.flatMap((area) =>
    area.standards
      .filter((standard) => {
        const own = [...(earlierStandards.get(standard.id) ?? [])].sort();
        const continued = standard.indicators.flatMap((indicator) => {
          const step = lineage.get(indicator.id)?.find((s) => s.version === earlier.version);
          return step?.ids.length === 1 && step.ids[0] === indicator.id ? [indicator.id] : [`~${indicator.id}`];
        });
        return continued.sort().join() !== own.join();
      })
      .map((standard) => standard.id),
  );
}
