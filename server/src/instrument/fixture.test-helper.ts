/** A small valid instrument for unit tests; tests change a copy to make it invalid. */
import type { InstrumentInput } from './schema';

const t = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

export function fixtureInstrument(): InstrumentInput {
  return {
    id: 'fixture',
    version: '1.0.0',
    languages: ['fi', 'sv', 'en'],
    title: t('Testi-instrumentti'),
    scale: {
      min: 1,
      max: 5,
      labels: [1, 2, 3, 4, 5].map((value) => ({ value, text: t(`Taso ${value}`) })),
      notApplicable: t('Ei koske'),
    },
    evidencePrompt: t('Miten?'),
    areas: [
      {
        id: 'area-one',
        title: t('Alue yksi'),
        standards: [
          {
            id: 'std-one',
            statement: t('Ohjaus on puolueetonta'),
            indicators: [
              { id: 'ind-a', question: t('Kysymys A?') },
              { id: 'ind-b', question: t('Kysymys B?'), help: t('Apu') },
            ],
          },
        ],
      },
      {
        id: 'area-two',
        title: t('Alue kaksi'),
        standards: [
          {
            id: 'std-two',
            statement: t('Ohjaus on saatavilla'),
            indicators: [
              { id: 'ind-c', question: t('Kysymys C?') },
              { id: 'ind-open', kind: 'text', question: t('Avoin kysymys?') },
            ],
          },
        ],
      },
    ],
  };
}
