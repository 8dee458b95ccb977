import { describe, expect, it } from 'vitest';
import { narrate, selectHighlights, summarise } from './summary.shared';
import type { AreaResult, Compared, Figure, OrganisationResults, StandardResult, TrendPoint } from './types';

const fig = (index: number | null, n = 10): Figure =>
  index === null
    ? { n: null, mean: null, index: null, band: null, hidden: true, reason: 'small' }
    : {
        n,
        mean: 1 + (index / 100) * 4,
        index,
        band: index >= 75 ? 'good' : index >= 50 ? 'fair' : 'weak',
        hidden: false,
        reason: null,
      };

const none: Compared['differs'] = { region: null, country: null };

function standard(id: string, own: number | null, country = 60): StandardResult {
  return { id, ...fig(own), region: fig(country), country: fig(country, 300), differs: none, indicators: [] };
}

function area(id: string, own: number, standards: StandardResult[], differs: Compared['differs'] = none): AreaResult {
  return { id, ...fig(own), region: fig(62, 80), country: fig(60, 300), differs, standards };
}

// Standards 1.1 … 3.2: 80, 55, 90 | 40, 70 | 55, hidden.
const areas: AreaResult[] = [
  area('a1', 75, [standard('s11', 80), standard('s12', 55), standard('s13', 90)], {
    region: 'higher',
    country: 'higher',
  }),
  area('a2', 55, [standard('s21', 40), standard('s22', 70)]),
  area('a3', 58, [standard('s31', 55, 70), standard('s32', null)]),
];

const point = (index: Record<string, number>): TrendPoint => ({
  roundId: 'r0',
  name: { fi: 'Kevät 2025', sv: 'Våren 2025', en: 'Spring 2025' },
  opensAt: '2025-03-01T00:00:00Z',
  changedStandards: [],
  instrumentVersion: '1.0.0',
  responses: 12,
  suppressed: false,
  areas: Object.fromEntries(Object.entries(index).map(([id, i]) => [id, fig(i)])),
  standards: {},
  indicators: {},
});

const results = {
  organisation: {
    id: 'o',
    name: { fi: 'Ohjaamo Kuopio' },
    language: 'fi',
    regionCode: '11',
    regionName: { fi: 'Pohjois-Savo' },
  },
  responses: 14,
  areas,
  trend: [point({ a1: 70, a2: 64, a3: 58 }), point({})],
} as unknown as OrganisationResults;

const labels: Record<string, string> = {
  a1: '1. Asiakaskeskeisyys',
  a2: '2. Asiakkaan aktivoiminen',
  a3: '3. Saatavuus',
  s11: '1.1 Puolueettomuus',
  s12: '1.2 Luottamuksellisuus',
  s13: '1.3 Tasa-arvo',
  s21: '2.1 Aktiivinen osallisuus',
  s22: '2.2 Voimaantuminen',
  s31: '3.1 Avoimuus',
};
const label = (id: string) => labels[id] ?? id;

describe('selectHighlights', () => {
  it('takes the highest and the lowest shown standards, ties broken by the margin over the country', () => {
    const s = summarise(results);
    expect(s.strengths.map((h) => h.id)).toEqual(['s13', 's11', 's22']);
    // 1.2 and 3.1 both 55: 3.1 lies further below its country (70) so it is the clearer development area.
    expect(s.developments.map((h) => h.id)).toEqual(['s21', 's31', 's12']);
    expect(s.strengths[0]).toMatchObject({ index: 90, n: 10, band: 'good', country: 60 });
  });

  it('never chooses a withheld figure, and never a standard as both', () => {
    const s = summarise(results);
    const chosen = [...s.strengths, ...s.developments].map((h) => h.id);
    expect(chosen).not.toContain('s32');
    expect(new Set(chosen).size).toBe(chosen.length);
    const few = selectHighlights(s.strengths.slice(0, 3));
    expect(few.strengths).toHaveLength(1);
    expect(few.developments).toHaveLength(1);
    expect(selectHighlights(s.strengths.slice(0, 1))).toEqual({ strengths: [], developments: [] });
  });

  it('gives the change since the previous round only where both rounds show the area', () => {
    expect(summarise({ ...results, trend: [point({})] }).change).toBeNull(); // the current round only
    const suppressed = { ...point({ a1: 70 }), suppressed: true };
    expect(summarise({ ...results, trend: [suppressed, point({})] }).change).toBeNull();
    const withPrevious = { ...results, trend: [point({ a1: 70, a2: 64 }), point({ a1: 75 })] };
    expect(summarise(withPrevious).change?.areas).toEqual([
      { id: 'a1', index: 75, previous: 70, change: 5 },
      { id: 'a2', index: 55, previous: 64, change: -9 },
    ]);
  });
});

describe('narrate', () => {
  const withPrevious = { ...results, trend: [point({ a1: 70, a2: 64, a3: 58 }), point({})] };
  const summary = summarise(withPrevious);

  it('tells the figures in Finnish', () => {
    expect(narrate(summary, withPrevious, 'fi', label).map((s) => s.text)).toEqual([
      'Ohjaamo Kuopio sai 14 vastausta. Vahvin osa-alue on 1. Asiakaskeskeisyys (indeksi 75, hyvä) ja heikoin 2. Asiakkaan aktivoiminen (indeksi 55, kohtalainen).',
      'Osa-alueella 1. Asiakaskeskeisyys indeksi 75 on selvästi korkeampi kuin koko maassa (60).',
      'Muilla osa-alueilla ero maakuntaan ja koko maahan ei ole merkitsevä: 2. Asiakkaan aktivoiminen ja 3. Saatavuus.',
      'Selvimmät vahvuudet: 1.3 Tasa-arvo (indeksi 90, hyvä), 1.1 Puolueettomuus (indeksi 80, hyvä) ja 2.2 Voimaantuminen (indeksi 70, kohtalainen).',
      'Selvimmät kehittämiskohteet: 2.1 Aktiivinen osallisuus (indeksi 40, heikko), 3.1 Avoimuus (indeksi 55, kohtalainen) ja 1.2 Luottamuksellisuus (indeksi 55, kohtalainen).',
      'Edelliseen kierrokseen (Kevät 2025) verrattuna eniten laski 2. Asiakkaan aktivoiminen (-9).',
    ]);
  });

  it('tells the same figures in Swedish and English', () => {
    const sv = narrate(summary, withPrevious, 'sv', label).map((s) => s.text);
    expect(sv[0]).toBe(
      'Ohjaamo Kuopio fick 14 svar. Det starkaste området är 1. Asiakaskeskeisyys (index 75, god) och det svagaste 2. Asiakkaan aktivoiminen (index 55, måttlig).',
    );
    expect(sv[1]).toBe('Inom området 1. Asiakaskeskeisyys är indexet 75 klart högre än i hela landet (60).');
    expect(sv[5]).toBe('Jämfört med föregående omgång (Våren 2025) sjönk 2. Asiakkaan aktivoiminen mest (-9).');
    const en = narrate(summary, withPrevious, 'en', label).map((s) => s.text);
    expect(en[3]).toBe(
      'Clearest strengths: 1.3 Tasa-arvo (index 90, good), 1.1 Puolueettomuus (index 80, good) and 2.2 Voimaantuminen (index 70, fair).',
    );
    expect(en[5]).toBe('Since the previous round (Spring 2025), 2. Asiakkaan aktivoiminen fell most (-9).');
  });

  it('traces every sentence to figures of the summary, and every number in it to one of them', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      for (const sentence of narrate(summary, withPrevious, language, label)) {
        expect(sentence.refs.length).toBeGreaterThan(0);
        const known = new Set<number>([14, 60, 62, -9, 9]);
        for (const h of [...summary.areas, ...summary.strengths, ...summary.developments]) known.add(h.index);
        const numbers = sentence.text
          .replace(/\d+\.\d*\s/g, '') // element numbers such as "1.3 "
          .replace(/\d{4}/g, '') // the round's year
          .match(/-?\d+/g);
        for (const n of numbers ?? []) expect(known, `${language}: ${sentence.text}`).toContain(Number(n));
      }
    }
  });
});
