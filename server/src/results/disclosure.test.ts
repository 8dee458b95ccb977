import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  leaksFor,
  leavesOf,
  naiveVisible,
  peopleBehind,
  peopleOf,
  scopeOf,
  TREE,
  type Viewer,
  type Visible,
  viewersOf,
  type World,
  type WorldOrganisation,
  worldArb,
} from '../test/disclosure-world';
import { COUNTRY, type DisclosurePlan, disclosurePlan, type GroupNode, organisationKey, regionKey } from './disclosure';

/** The viewer's tree of a world, as the results service builds it from the rollups. */
function planFor(world: World, viewer: Viewer): DisclosurePlan {
  const leaves = leavesOf(world.tree);
  const { organisations, regions } = scopeOf(world, viewer);
  const own = viewer.kind === 'respondent' ? viewer : undefined;
  const self = own && world.organisations.find((o) => o.id === own.organisation)!.responses[own.index]!;
  const node = (key: string, parent: string | null, members: WorldOrganisation[]): GroupNode => {
    const responses = members.flatMap((m) => m.responses);
    const people = new Map([...leaves].map(([e, ls]) => [e, peopleOf(responses, ls)]));
    const total = responses.reduce((n, r) => n + r.weight, 0);
    const containsSelf = own !== undefined && members.some((m) => m.id === own.organisation);
    const known = containsSelf
      ? { total: self!.weight, people: new Map([...leaves].map(([e, ls]) => [e, peopleOf([self!], ls)])) }
      : undefined;
    return { key, parent, total, people, ...(known ? { known } : {}) };
  };
  const orgs = world.organisations;
  return disclosurePlan({
    minimum: world.minimum,
    elements: {
      indicators: [...leaves].filter(([k, v]) => v.length === 1 && v[0] === k).map(([k]) => k),
      parents: [
        ...world.tree.areas.flatMap((a) => a.standards.map((s) => ({ id: s.id, parts: s.indicators }))),
        ...world.tree.areas.map((a) => ({ id: a.id, parts: a.standards.map((s) => s.id) })),
      ],
    },
    groups: [
      node(COUNTRY, null, orgs),
      ...regions.map((r) =>
        node(
          regionKey(r),
          COUNTRY,
          orgs.filter((o) => o.region === r),
        ),
      ),
      ...organisations.map((id) => {
        const o = orgs.find((x) => x.id === id)!;
        return node(organisationKey(id), regionKey(o.region), [o]);
      }),
    ],
    prefer: viewer.kind === 'admin' || viewer.kind === 'coordinator' ? 'subgroups' : 'totals',
  });
}

type Rule = (world: World, viewer: Viewer) => Visible[];

/** What a viewer sees under the plan: every figure of their tree that is not withheld and has someone behind it. */
const planned: Rule = (world, viewer) => {
  const plan = planFor(world, viewer);
  return [...plan.groups].flatMap((group) =>
    [...leavesOf(world.tree).keys()].flatMap((element) =>
      peopleBehind(world, group, element) > 0 && plan.hidden(group, element) === null ? [{ group, element }] : [],
    ),
  );
};

const leaks = (world: World, rule: Rule) => viewersOf(world).flatMap((v) => leaksFor(world, v, rule(world, v)));

const everything = new Set(['i1', 'i2', 'i3', 'i4', 'i5']);
const responses = (n: number, scored: ReadonlySet<string> = everything, weight = 1) =>
  Array.from({ length: n }, () => ({ weight, scored }));
const world = (minimum: number, organisations: WorldOrganisation[]): World => ({ minimum, tree: TREE, organisations });

describe('worked examples (README, "Results and anonymity")', () => {
  const examples: [string, World][] = [
    [
      'a region of two organisations: one organisation’s own report + the region total = the other',
      world(5, [
        { id: 'big', region: 'r', responses: responses(8) },
        { id: 'small', region: 'r', responses: responses(2) },
        { id: 'elsewhere', region: 'q', responses: responses(9) },
      ]),
    ],
    [
      'a manager of several organisations: the region total − the organisations they see',
      world(5, [
        { id: 'm1', region: 'r', responses: responses(6) },
        { id: 'm2', region: 'r', responses: responses(7) },
        { id: 'small', region: 'r', responses: responses(3) },
      ]),
    ],
    [
      'a region with one organisation: the country total − the others',
      world(5, [
        { id: 'alone', region: 'r', responses: responses(3) },
        { id: 'a', region: 'q', responses: responses(6) },
        { id: 'b', region: 'q', responses: responses(6) },
      ]),
    ],
    [
      'a partner organisation whose "not applicable" answers make one indicator’s n differ from its response count',
      world(5, [
        { id: 'a', region: 'r', responses: responses(7) },
        {
          id: 'partner',
          region: 'r',
          responses: [...responses(2), ...responses(6, new Set(['i2', 'i3', 'i4', 'i5']))],
        },
      ]),
    ],
    [
      'a respondent’s own answer subtracted from their organisation’s figure',
      world(5, [
        { id: 'five', region: 'r', responses: responses(5) },
        { id: 'b', region: 'r', responses: responses(9) },
      ]),
    ],
  ];

  it.each(examples)('%s: the naive rule gives the small group away', (_, w) => {
    expect(leaks(w, naiveVisible).length).toBeGreaterThan(0);
  });

  it.each(examples)('%s: the plan gives nothing away', (_, w) => {
    expect(leaks(w, planned)).toEqual([]);
  });

  it('keeps what it can: a quality manager still sees their own organisation when the region total has to go', () => {
    const w = examples[1]![1];
    const plan = planFor(w, { kind: 'manager', organisations: ['m1', 'm2'] });
    expect(plan.hidden(organisationKey('m1'), 'a1')).toBeNull();
    expect(plan.hidden(organisationKey('m2'), 'a1')).toBeNull();
    expect(plan.hidden(regionKey('r'), 'i1')).toBe('complementary');
  });

  it('hides a standard whose indicator is withheld, and the area above it', () => {
    const w = examples[3]![1];
    const plan = planFor(w, { kind: 'manager', organisations: ['partner'] });
    expect(plan.hidden(organisationKey('partner'), 'i1')).toBe('small');
    expect(plan.hidden(organisationKey('partner'), 's1')).toBe('part');
    expect(plan.hidden(organisationKey('partner'), 'a1')).toBe('part');
    expect(plan.hidden(organisationKey('partner'), 's3')).toBeNull();
  });
});

describe('the attacker against random worlds', () => {
  it('finds no group below the minimum, for any viewer', () => {
    fc.assert(
      fc.property(worldArb(), (w) => {
        expect(leaks(w, planned)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('finds none in working-group rounds either (participants count toward the minimum)', () => {
    fc.assert(
      fc.property(worldArb({ groups: true }), (w) => {
        expect(leaks(w, planned)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('never hides from a quality manager a figure of their own organisation with the minimum behind it', () => {
    fc.assert(
      fc.property(worldArb(), (w) => {
        for (const o of w.organisations) {
          const plan = planFor(w, { kind: 'manager', organisations: [o.id] });
          for (const i of ['i1', 'i2', 'i3', 'i4', 'i5'])
            if (peopleOf(o.responses, [i]) >= w.minimum) expect(plan.hidden(organisationKey(o.id), i)).toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('catches the naive rule (the attacker can fail)', () => {
    const result = fc.check(
      fc.property(worldArb(), (w) => leaks(w, naiveVisible).length === 0),
      { numRuns: 300 },
    );
    expect(result.failed).toBe(true);
  }, 60_000);
});
