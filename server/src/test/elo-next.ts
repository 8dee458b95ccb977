/** ELO 1.1.0 for tests: renames one indicator, splits another in two, removes a third. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config';
import type { InstrumentInput } from '../instrument/schema';

export function eloVersion100(): InstrumentInput {
  return JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'instruments/elo-quality/1.0.0.json'), 'utf8'));
}

export function eloVersion110() {
  const doc = eloVersion100();
  doc.version = '1.1.0';
  const indicators = doc.areas[0]!.standards[0]!.indicators;
  const renamed = indicators[0]!;
  const split = indicators[1]!;
  const removed = indicators[2]!;
  const renamedFrom = renamed.id;
  const splitFrom = split.id;
  renamed.id = `${renamedFrom}-v2`;
  renamed.question = { fi: 'Uusi muotoilu?', sv: 'Ny formulering?', en: 'New wording?' };
  const splitA = { ...split, id: `${splitFrom}-a`, question: { fi: 'Osa A?', sv: 'Del A?', en: 'Part A?' } };
  const splitB = { ...split, id: `${splitFrom}-b`, question: { fi: 'Osa B?', sv: 'Del B?', en: 'Part B?' } };
  indicators.splice(0, 3, renamed, splitA, splitB);
  doc.replaces = { [renamedFrom]: [renamed.id], [splitFrom]: [splitA.id, splitB.id] };
  return { doc, renamedFrom, renamedTo: renamed.id, splitFrom, splitTo: [splitA.id, splitB.id], removed: removed.id };
}
