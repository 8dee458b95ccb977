/**
 * The action plan as a table: each action and each suggestion of the report
 * named by its target's display number and text ("4.1.2 …") in the viewer's
 * language, never by internal ids; a suggestion whose target already has an
 * action says so.
 */
import { numberInstrument } from '../instrument/numbering';
import type { Instrument } from '../instrument/schema';
import { type Language, localize } from '../instrument/text';
import type { Table } from '../results/export';
import { exportWords } from '../results/export-words';
import type { ActionPlan } from './types';

export function actionPlanTable(plan: ActionPlan, instrument: Instrument, lang: Language): Table {
  const w = exportWords(lang);
  const a = w.actions;
  const numbers = numberInstrument(instrument);
  const target = (id: string) => [numbers.get(id)?.number ?? '', localize(numbers.get(id)?.text, lang)];
  const header = [
    a.row,
    a.targetKind,
    w.columns.number,
    a.target,
    w.columns.index,
    w.columns.n,
    a.action,
    a.responsible,
    a.due,
    a.status,
    a.overdue,
    a.notes,
    a.hasAction,
  ];
  const acted = new Set(plan.actions.map((x) => x.targetId));
  const rows: unknown[][] = [
    ...plan.actions.map((x) => [
      a.action_row,
      a.kinds[x.targetKind],
      ...target(x.targetId),
      '',
      '',
      x.title,
      x.responsible,
      x.dueDate,
      a.statuses[x.status],
      x.overdue ? a.yes : a.no,
      x.notes ?? '',
      '',
    ]),
    ...plan.suggestions.map((s) => [
      a.suggestion_row,
      a.kinds[s.targetKind],
      ...target(s.targetId),
      s.index ?? '',
      s.n ?? '',
      '',
      '',
      '',
      '',
      '',
      '',
      acted.has(s.targetId) ? a.yes : a.no,
    ]),
  ];
  return { header, rows };
}
