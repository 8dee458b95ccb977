/**
 * Small random worlds for the anonymity tests: regions, organisations,
 * responses with "not applicable" patterns and working groups, an element
 * tree, and the viewers who look at them. From a world and a viewer's
 * visible figures it builds the attacker's linear system (see attacker.ts).
 */
import fc from 'fast-check';
import { COUNTRY, type GroupKey, organisationKey, regionKey } from '../results/disclosure';
import { type Cell, cellOf, findOut, type Sum, subsets, type Target } from './attacker';

export type WorldResponse = { weight: number; scored: ReadonlySet<string> };
export type WorldOrganisation = { id: string; region: string; responses: WorldResponse[] };
export type Tree = { areas: { id: string; standards: { id: string; indicators: string[] }[] }[] };
export type World = { minimum: number; tree: Tree; organisations: WorldOrganisation[] };

export type Viewer =
  | { kind: 'admin' }
  | { kind: 'coordinator'; region: string }
  | { kind: 'manager'; organisations: string[] }
  /** The respondent behind `responses[index]` of `organisation`. */
  | { kind: 'respondent'; organisation: string; index: number };

export const TREE: Tree = {
  areas: [
    {
      id: 'a1',
      standards: [
        { id: 's1', indicators: ['i1', 'i2'] },
        { id: 's2', indicators: ['i3'] },
      ],
    },
    { id: 'a2', standards: [{ id: 's3', indicators: ['i4', 'i5'] }] },
  ],
};

/** Element id → the indicators it sums. */
export function leavesOf(tree: Tree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of tree.areas) {
    out.set(
      a.id,
      a.standards.flatMap((s) => s.indicators),
    );
    for (const s of a.standards) {
      out.set(s.id, s.indicators);
      for (const i of s.indicators) out.set(i, [i]);
    }
  }
  return out;
}

/** People behind an element in some responses: those who scored any of its indicators. */
export function peopleOf(responses: readonly WorldResponse[], leaves: readonly string[]): number {
  return responses.filter((r) => leaves.some((i) => r.scored.has(i))).reduce((n, r) => n + r.weight, 0);
}

const responseArb = (indicators: string[], groups: boolean) =>
  fc.record({
    weight: groups ? fc.integer({ min: 1, max: 4 }) : fc.constant(1),
    // Mostly scored, sometimes "not applicable": the per-figure counts differ from the response count.
    scored: fc
      .array(fc.boolean(), { minLength: indicators.length, maxLength: indicators.length })
      .map((bits) => new Set(indicators.filter((_, i) => bits[i] || i % 3 === 0))),
  });

/** A random world: 1–3 regions, 1–3 organisations each (at most 7), 0–7 responses each. */
export function worldArb(options: { groups?: boolean } = {}): fc.Arbitrary<World> {
  const indicators = [...leavesOf(TREE).entries()].filter(([k, v]) => v.length === 1 && v[0] === k).map(([k]) => k);
  return fc
    .record({
      minimum: fc.constantFrom(2, 3, 5),
      regions: fc.array(
        fc.array(fc.array(responseArb(indicators, options.groups ?? false), { maxLength: 7 }), {
          minLength: 1,
          maxLength: 3,
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ minimum, regions }) => ({
      minimum,
      tree: TREE,
      organisations: regions.flatMap((orgs, r) =>
        orgs.map((responses, o) => ({ id: `o${r}${o}`, region: `r${r}`, responses })),
      ),
    }));
}

/** Every kind of viewer of a world: the administrator, each coordinator, managers of one or two organisations, respondents. */
export function viewersOf(world: World): Viewer[] {
  const regions = [...new Set(world.organisations.map((o) => o.region))];
  const ids = world.organisations.map((o) => o.id);
  return [
    { kind: 'admin' },
    ...regions.map((region): Viewer => ({ kind: 'coordinator', region })),
    ...ids.map((id): Viewer => ({ kind: 'manager', organisations: [id] })),
    ...ids.flatMap((a, i) => ids.slice(i + 1).map((b): Viewer => ({ kind: 'manager', organisations: [a, b] }))),
    ...world.organisations.flatMap((o) =>
      o.responses.length > 0 ? [{ kind: 'respondent', organisation: o.id, index: 0 } as Viewer] : [],
    ),
  ];
}

/** The organisations a viewer sees by name, and the regions around them. */
export function scopeOf(world: World, viewer: Viewer): { organisations: string[]; regions: string[] } {
  const all = world.organisations;
  const organisations =
    viewer.kind === 'admin'
      ? all.map((o) => o.id)
      : viewer.kind === 'coordinator'
        ? all.filter((o) => o.region === viewer.region).map((o) => o.id)
        : viewer.kind === 'manager'
          ? viewer.organisations
          : [viewer.organisation];
  const regions =
    viewer.kind === 'admin'
      ? [...new Set(all.map((o) => o.region))]
      : [...new Set(all.filter((o) => organisations.includes(o.id)).map((o) => o.region))];
  return { organisations, regions };
}

/** The groups of a world a figure can be about, with the organisations each one sums. */
export function groupsOf(world: World): Map<GroupKey, string[]> {
  const out = new Map<GroupKey, string[]>([[COUNTRY, world.organisations.map((o) => o.id)]]);
  for (const o of world.organisations) {
    out.set(organisationKey(o.id), [o.id]);
    out.set(regionKey(o.region), [...(out.get(regionKey(o.region)) ?? []), o.id]);
  }
  return out;
}

const SELF = '(self)';

/**
 * The attacker's system for one viewer: unknowns are each organisation's sum
 * of scores per indicator (a respondent's own answers apart, and known);
 * targets are every set of organisations for every element.
 */
export function attackerSystem(world: World, viewer: Viewer, visible: readonly { group: GroupKey; element: string }[]) {
  const leaves = leavesOf(world.tree);
  const groups = groupsOf(world);
  const self =
    viewer.kind === 'respondent'
      ? world.organisations.find((o) => o.id === viewer.organisation)!.responses[viewer.index]!
      : undefined;
  const others = (o: WorldOrganisation) =>
    viewer.kind === 'respondent' && o.id === viewer.organisation
      ? o.responses.filter((_, i) => i !== viewer.index)
      : o.responses;
  const indicators = [...leaves.entries()].filter(([k, v]) => v.length === 1 && v[0] === k).map(([k]) => k);
  const orgs = world.organisations;
  const cells: Cell[] = [
    ...orgs.flatMap((o) => indicators.map((i) => cellOf(o.id, i))),
    ...indicators.map((i) => cellOf(SELF, i)),
  ];
  // Known: cells nobody scored, and the respondent's own answers.
  const known: Cell[] = [
    ...orgs.flatMap((o) => indicators.filter((i) => peopleOf(others(o), [i]) === 0).map((i) => cellOf(o.id, i))),
    ...indicators.map((i) => cellOf(SELF, i)),
  ];
  const selfOrg = viewer.kind === 'respondent' ? viewer.organisation : undefined;
  const sums: Sum[] = visible.map(({ group, element }) => ({
    label: `${group} ${element}`,
    cells: (groups.get(group) ?? []).flatMap((o) =>
      (leaves.get(element) ?? []).flatMap((i) => [cellOf(o, i), ...(o === selfOrg && self ? [cellOf(SELF, i)] : [])]),
    ),
  }));
  const targets: Target[] = subsets(orgs).flatMap((set) =>
    [...leaves.entries()].map(([element, ls]) => ({
      label: `{${set.map((o) => o.id).join(',')}} ${element}`,
      cells: set.flatMap((o) => ls.map((i) => cellOf(o.id, i))),
      people: set.reduce((n, o) => n + peopleOf(others(o), ls), 0),
    })),
  );
  return { cells, known, sums, targets };
}

/**
 * The attacker's systems for the counts: per element, each organisation's
 * number of scorers is unknown (the number of people who answered is public);
 * the visible n's are sums of them. A group of fewer than the minimum people
 * whose number of scorers can be worked out has its "not applicable" answers
 * given away.
 */
export function countSystems(world: World, viewer: Viewer, visible: readonly { group: GroupKey; element: string }[]) {
  const leaves = leavesOf(world.tree);
  const groups = groupsOf(world);
  const orgs = world.organisations;
  const selfOrg = viewer.kind === 'respondent' ? viewer.organisation : undefined;
  const others = (o: WorldOrganisation) =>
    viewer.kind === 'respondent' && o.id === viewer.organisation
      ? o.responses.filter((_, i) => i !== viewer.index)
      : o.responses;
  const people = (o: WorldOrganisation) => others(o).reduce((n, r) => n + r.weight, 0);
  return [...leaves.keys()].map((element) => ({
    element,
    cells: [...orgs.map((o) => cellOf(o.id, element)), cellOf(SELF, element)],
    known: [...orgs.filter((o) => people(o) === 0).map((o) => cellOf(o.id, element)), cellOf(SELF, element)],
    sums: visible
      .filter((v) => v.element === element)
      .map(({ group }) => ({
        label: `${group} n(${element})`,
        cells: (groups.get(group) ?? []).flatMap((o) => [
          cellOf(o, element),
          ...(o === selfOrg ? [cellOf(SELF, element)] : []),
        ]),
      })),
    targets: subsets(orgs).map((set) => ({
      label: `{${set.map((o) => o.id).join(',')}} n(${element})`,
      cells: set.map((o) => cellOf(o.id, element)),
      people: set.reduce((n, o) => n + people(o), 0),
    })),
  }));
}

export type Visible = { group: GroupKey; element: string };

/** The people behind a figure of a group in the world. */
export function peopleBehind(world: World, group: GroupKey, element: string): number {
  const members = groupsOf(world).get(group) ?? [];
  return peopleOf(
    world.organisations.filter((o) => members.includes(o.id)).flatMap((o) => o.responses),
    leavesOf(world.tree).get(element) ?? [],
  );
}

/** A deliberately naive rule: each figure on its own, hidden below the minimum, nothing reasoned together. */
export function naiveVisible(world: World, viewer: Viewer): Visible[] {
  const { organisations, regions } = scopeOf(world, viewer);
  const keys = [COUNTRY, ...regions.map(regionKey), ...organisations.map(organisationKey)];
  return keys.flatMap((group) =>
    [...leavesOf(world.tree).keys()].flatMap((element) =>
      peopleBehind(world, group, element) >= world.minimum ? [{ group, element }] : [],
    ),
  );
}

/**
 * Every group below the minimum whose sum of scores (from the figures with a
 * mean) or number of scorers (from the figures with an n) this viewer can
 * solve for.
 */
export function leaksFor(
  world: World,
  viewer: Viewer,
  withMean: readonly Visible[],
  withN: readonly Visible[] = withMean,
): string[] {
  const { cells, known, sums, targets } = attackerSystem(world, viewer, withMean);
  return [
    ...findOut(cells, sums, known, targets, world.minimum),
    ...countSystems(world, viewer, withN).flatMap((c) => findOut(c.cells, c.sums, c.known, c.targets, world.minimum)),
  ].map((t) => `${JSON.stringify(viewer)}: ${t.label}`);
}
