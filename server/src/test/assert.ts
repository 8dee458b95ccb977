import { expect } from 'vitest';
import type { OrganisationResults } from '../results/types';

/** A suppressed report: not one figure, distribution or text of the organisation itself. */
export function expectNothingOwnShown(results: OrganisationResults): void {
  expect(results.suppressed).toBe(true);
  expect(results.participants).toBeNull();
  expect(results.trend).toEqual([]);
  for (const area of results.areas) {
    expect(area).toMatchObject({ mean: null, index: null, hidden: true });
    for (const standard of area.standards) {
      expect(standard).toMatchObject({ mean: null, index: null, hidden: true });
      for (const indicator of standard.indicators) {
        expect(indicator).toMatchObject({ mean: null, notApplicable: 0, distribution: [], texts: [] });
      }
    }
  }
}
