import type { ActionView } from '@shared/actions/types';
import { describe, expect, it } from 'vitest';
import { compareNumbers, filterActions, sortActions } from './actions';

const action = (over: Partial<ActionView>): ActionView => ({
  id: over.title ?? 'a',
  roundId: 'r',
  organisationId: 'o',
  targetKind: 'standard',
  targetId: 's1',
  title: 'a',
  responsible: 'x',
  dueDate: '2027-01-01',
  status: 'planned',
  notes: null,
  overdue: false,
  createdAt: '',
  updatedAt: '',
  ...over,
});

const plan = [
  action({ title: 'late', dueDate: '2026-01-10', status: 'in_progress', overdue: true, targetId: 's10' }),
  action({ title: 'done', dueDate: '2026-01-05', status: 'done', targetId: 's2' }),
  action({ title: 'next', dueDate: '2027-02-01', status: 'planned', targetId: 's1' }),
];
const numbers: Record<string, string> = { s1: '1.1', s2: '1.2', s10: '1.10' };

describe('action plan ordering', () => {
  it('sorts by due date, by status and by target number', () => {
    expect(sortActions(plan, 'dueDate').map((a) => a.title)).toEqual(['done', 'late', 'next']);
    expect(sortActions(plan, 'status').map((a) => a.title)).toEqual(['next', 'late', 'done']);
    expect(sortActions(plan, 'target', (id) => numbers[id] ?? id).map((a) => a.title)).toEqual([
      'next',
      'done',
      'late',
    ]);
  });
  it('does not reorder its input', () => {
    sortActions(plan, 'status');
    expect(plan[0]?.title).toBe('late');
  });
  it('compares display numbers part by part', () => {
    expect(compareNumbers('1.2', '1.10')).toBeLessThan(0);
    expect(compareNumbers('2', '1.10')).toBeGreaterThan(0);
  });
});

describe('action plan filtering', () => {
  it('keeps the overdue ones, or one status', () => {
    expect(filterActions(plan, 'overdue').map((a) => a.title)).toEqual(['late']);
    expect(filterActions(plan, 'done').map((a) => a.title)).toEqual(['done']);
    expect(filterActions(plan, 'all')).toHaveLength(3);
  });
});
