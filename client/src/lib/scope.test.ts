import type { OrganisationSummary } from '@shared/organisations/types';
import { describe, expect, it } from 'vitest';
import { canManageRounds, groupByRegion, inScope } from './scope';

const org = (id: string, name: string, regionCode: string): OrganisationSummary => ({
  id,
  name: { fi: name },
  language: null,
  regionCode,
  regionName: { fi: `Alue ${regionCode}`, sv: `Region ${regionCode}`, en: `Region ${regionCode}` },
});
const orgs = [org('a', 'Ö-opisto', '11'), org('b', 'Aalto', '11'), org('c', 'Lukio', '06')];

describe('inScope', () => {
  it('gives an administrator every organisation', () => {
    expect(inScope({ role: 'admin', regionCode: null, organisationIds: [] }, orgs)).toHaveLength(3);
  });

  it('gives a coordinator their region and a quality manager their own organisations', () => {
    expect(inScope({ role: 'coordinator', regionCode: '11', organisationIds: [] }, orgs).map((o) => o.id)).toEqual([
      'a',
      'b',
    ]);
    expect(inScope({ role: 'manager', regionCode: null, organisationIds: ['c'] }, orgs).map((o) => o.id)).toEqual([
      'c',
    ]);
  });
});

describe('groupByRegion', () => {
  it('orders regions by code and organisations by name in the language', () => {
    const groups = groupByRegion(orgs, 'sv');
    expect(groups.map((g) => [g.code, g.name])).toEqual([
      ['06', 'Region 06'],
      ['11', 'Region 11'],
    ]);
    // Swedish (and Finnish) sort Ö after A.
    expect(groups[1]!.organisations.map((o) => o.name.fi)).toEqual(['Aalto', 'Ö-opisto']);
  });

  it('sorts by the name the reader sees: a Swedish name in the Swedish view', () => {
    const bilingual = { ...org('d', 'Öljymäen opisto', '11'), name: { fi: 'Öljymäen opisto', sv: 'Bergs institut' } };
    const groups = groupByRegion([...orgs, bilingual], 'sv');
    expect(groups[1]!.organisations.map((o) => o.id)).toEqual(['b', 'd', 'a']);
  });
});

describe('canManageRounds', () => {
  it('is true for administrators and coordinators only', () => {
    expect(canManageRounds({ role: 'admin' })).toBe(true);
    expect(canManageRounds({ role: 'coordinator' })).toBe(true);
    expect(canManageRounds({ role: 'manager' })).toBe(false);
  });
});
