/** Sorting and filtering an action plan. Pure, for the plan page and tests. */
import type { ActionStatus, ActionView } from '@shared/actions/types';
import { ACTION_STATUSES } from '@shared/actions/types';

export type ActionFilter = 'all' | 'overdue' | ActionStatus;
export type ActionSort = 'dueDate' | 'status' | 'target';
export const ACTION_FILTERS: readonly ActionFilter[] = ['all', 'overdue', ...ACTION_STATUSES];
export const ACTION_SORTS: readonly ActionSort[] = ['dueDate', 'status', 'target'];

export function isActionFilter(value: string): value is ActionFilter {
  return (ACTION_FILTERS as readonly string[]).includes(value);
}
export function isActionSort(value: string): value is ActionSort {
  return (ACTION_SORTS as readonly string[]).includes(value);
}

export function filterActions<T extends Pick<ActionView, 'status' | 'overdue'>>(
  actions: readonly T[],
  filter: ActionFilter,
): T[] {
  if (filter === 'all') return [...actions];
  if (filter === 'overdue') return actions.filter((a) => a.overdue);
  return actions.filter((a) => a.status === filter);
}

/**
 * Sorted copy: by due date (earliest first), by status (planned, in progress,
 * done) or by the target's display number ("1.2" before "1.10"); ties by due date, then title.
 */
export function sortActions<T extends Pick<ActionView, 'dueDate' | 'status' | 'title' | 'targetId'>>(
  actions: readonly T[],
  sort: ActionSort,
  targetNumber: (targetId: string) => string = (id) => id,
): T[] {
  const byDue = (a: T, b: T) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);
  const compare: Record<ActionSort, (a: T, b: T) => number> = {
    dueDate: byDue,
    status: (a, b) => ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status) || byDue(a, b),
    target: (a, b) => compareNumbers(targetNumber(a.targetId), targetNumber(b.targetId)) || byDue(a, b),
  };
  return [...actions].sort(compare[sort]);
}

/** Display numbers part by part: "1.2" < "1.10" < "2". */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (Number.isNaN(x) || Number.isNaN(y)) return a.localeCompare(b);
    if (x !== y) return x - y;
  }
  return 0;
}
