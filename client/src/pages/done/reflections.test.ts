import { fixtureInstrument } from '@shared/instrument/fixture.test-helper';
import { Instrument } from '@shared/instrument/schema';
import { describe, expect, it } from 'vitest';
import { filterReflections, groupReflections, keepFilter, scopeCounts } from './reflections';

const instrument = Instrument.parse(fixtureInstrument());

describe('groupReflections', () => {
  it('orders texts by area, standard and indicator with display numbers, leaving out empty parts', () => {
    const grouped = groupReflections(instrument, [
      { indicatorId: 'ind-open', texts: ['Yhteistyö auttaa.'] },
      { indicatorId: 'ind-b', texts: ['Sovittu tiimissä.'] },
    ]);
    expect(grouped.map((a) => [a.number, a.id, a.count])).toEqual([
      ['1', 'area-one', 1],
      ['2', 'area-two', 1],
    ]);
    expect(grouped[0]?.standards[0]?.indicators.map((i) => [i.number, i.id])).toEqual([['1.1.2', 'ind-b']]);
    expect(grouped[1]?.standards[0]?.indicators[0]).toMatchObject({
      number: '2.1.2',
      question: { fi: 'Avoin kysymys?' },
      texts: [{ text: 'Yhteistyö auttaa.', count: 1 }],
    });
  });

  it('shows the same words once with their count and skips blank texts and unknown indicators', () => {
    const grouped = groupReflections(instrument, [
      { indicatorId: 'ind-a', texts: ['Sama.', 'Muu.', 'Sama. ', '  '] },
      { indicatorId: 'retired-id', texts: ['Vanha.'] },
    ]);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]?.count).toBe(3);
    expect(grouped[0]?.standards[0]?.indicators[0]?.texts).toEqual([
      { text: 'Sama.', count: 2 },
      { text: 'Muu.', count: 1 },
    ]);
  });

  it('gives nothing when nobody wrote anything', () => {
    expect(groupReflections(instrument, [])).toEqual([]);
  });
});

describe('filterReflections', () => {
  const areas = groupReflections(instrument, [
    { indicatorId: 'ind-a', texts: ['A1', 'A1', 'A2'] },
    { indicatorId: 'ind-b', texts: ['B1'] },
    { indicatorId: 'ind-open', texts: ['O1', 'O2'] },
  ]);

  it('keeps everything without a filter, counting repeats', () => {
    expect(filterReflections(areas, {}).count).toBe(6);
  });

  it('narrows to one area, and within it to one indicator, with the counts that remain', () => {
    const one = filterReflections(areas, { areaId: 'area-one' });
    expect(one.areas.map((a) => a.id)).toEqual(['area-one']);
    expect(one.count).toBe(4);
    const b = filterReflections(areas, { areaId: 'area-one', indicatorId: 'ind-b' });
    expect(b.count).toBe(1);
    expect(b.areas[0]?.standards[0]?.indicators.map((i) => i.id)).toEqual(['ind-b']);
    expect(filterReflections(areas, { areaId: 'area-two', indicatorId: 'ind-b' })).toEqual({ areas: [], count: 0 });
  });
});

describe('keepFilter', () => {
  const organisation = groupReflections(instrument, [{ indicatorId: 'ind-a', texts: ['A1'] }]);

  it('keeps an area and a question the other texts have', () => {
    expect(keepFilter(organisation, { areaId: 'area-one', indicatorId: 'ind-a' })).toEqual({
      areaId: 'area-one',
      indicatorId: 'ind-a',
    });
  });

  it('drops a question, or an area, they have no text of', () => {
    expect(keepFilter(organisation, { areaId: 'area-one', indicatorId: 'ind-b' })).toEqual({ areaId: 'area-one' });
    expect(keepFilter(organisation, { areaId: 'area-two', indicatorId: 'ind-open' })).toEqual({});
  });
});

describe('scopeCounts', () => {
  const round = groupReflections(instrument, [
    { indicatorId: 'ind-a', texts: ['A1', 'A2', 'A3'] },
    { indicatorId: 'ind-b', texts: ['B1'] },
    { indicatorId: 'ind-open', texts: ['O1', 'O2'] },
  ]);
  const organisation = groupReflections(instrument, [
    { indicatorId: 'ind-a', texts: ['A1'] },
    { indicatorId: 'ind-open', texts: ['O2'] },
  ]);

  it('counts both scopes under the area and question chosen, so the counts follow the filter', () => {
    expect(scopeCounts({ round, organisation }, {})).toEqual({ round: 6, organisation: 2 });
    expect(scopeCounts({ round, organisation }, { areaId: 'area-one' })).toEqual({ round: 4, organisation: 1 });
    expect(scopeCounts({ round, organisation }, { areaId: 'area-one', indicatorId: 'ind-b' })).toEqual({
      round: 1,
      organisation: 0,
    });
  });
});
