/**
 * The attacker of the anonymity tests: given every figure a viewer can see
 * (each a sum of scores over some organisations and indicators), it solves
 * the linear system of those sums for every group of fewer than the minimum.
 * It knows more than any viewer: every count (so each mean gives its sum
 * exactly), which cells hold no scores, and a respondent's own answers.
 *
 * A group is found out when its sum is a linear combination of the visible
 * sums: a rank test (Gaussian elimination), which covers every subtraction
 * along the hierarchy and every cleverer combination too.
 */

export type Cell = string; // `${organisationId}\u0000${indicatorId}`
export const cellOf = (organisation: string, indicator: string): Cell => `${organisation}\u0000${indicator}`;

export type Sum = { label: string; cells: readonly Cell[] };
export type Target = Sum & { people: number };

const EPSILON = 1e-9;

/** Row-reduced basis of the visible sums; `derives` tests whether a sum is in their span. */
export class LinearKnowledge {
  private readonly index = new Map<Cell, number>();
  private readonly basis: { pivot: number; row: Float64Array }[] = [];

  constructor(private readonly cells: readonly Cell[]) {
    for (const [i, c] of cells.entries()) this.index.set(c, i);
  }

  private vector(sum: readonly Cell[]): Float64Array {
    const v = new Float64Array(this.cells.length);
    for (const c of sum) {
      const i = this.index.get(c);
      if (i === undefined) throw new Error(`unknown cell ${c.replace('\u0000', ' / ')}`);
      v[i]! += 1;
    }
    return v;
  }

  private reduce(v: Float64Array): Float64Array {
    for (const { pivot, row } of this.basis) {
      const f = v[pivot]!;
      if (Math.abs(f) < EPSILON) continue;
      for (let j = 0; j < v.length; j++) v[j]! -= f * row[j]!;
    }
    return v;
  }

  /** Adds what the viewer sees. */
  learn(sum: readonly Cell[]): void {
    const v = this.reduce(this.vector(sum));
    let pivot = -1;
    for (let j = 0; j < v.length; j++)
      if (Math.abs(v[j]!) > EPSILON && (pivot < 0 || Math.abs(v[j]!) > Math.abs(v[pivot]!))) pivot = j;
    if (pivot < 0) return;
    const p = v[pivot]!;
    for (let j = 0; j < v.length; j++) v[j]! /= p;
    // Keep the basis fully reduced, so reducing a new vector is one pass.
    for (const b of this.basis) {
      const f = b.row[pivot]!;
      if (Math.abs(f) < EPSILON) continue;
      for (let j = 0; j < v.length; j++) b.row[j]! -= f * v[j]!;
    }
    this.basis.push({ pivot, row: v });
  }

  /** True when the sum can be computed from what was learned. */
  derives(sum: readonly Cell[]): boolean {
    const v = this.reduce(this.vector(sum));
    return v.every((x) => Math.abs(x) < EPSILON);
  }
}

/** The targets among `targets` that the visible sums give away: fewer than `minimum` people, more than none. */
export function findOut(
  cells: readonly Cell[],
  visible: readonly Sum[],
  known: readonly Cell[],
  targets: readonly Target[],
  minimum: number,
): Target[] {
  const k = new LinearKnowledge(cells);
  for (const c of known) k.learn([c]);
  for (const s of visible) k.learn(s.cells);
  return targets.filter((t) => t.people > 0 && t.people < minimum && k.derives(t.cells));
}

/** Every non-empty subset of a small list (the attacker tries every group of organisations). */
export function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}
