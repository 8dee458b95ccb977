/**
 * Demo data: invented organisations (no real organisation or person), a demo
 * round, and generated responses so that the charts have something to show.
 */

export const DEMO_ROUND_ID = '00000000-0000-4000-8000-00000000d001';
export const DEMO_INSTRUMENT = { id: 'elo-quality', version: '1.0.0' } as const;

export const DEMO_ORGANISATIONS = [
  { id: '00000000-0000-4000-8000-0000000000a1', name: 'Sinikallion ammattiopisto', regionCode: '11', level: 0.3 },
  { id: '00000000-0000-4000-8000-0000000000a2', name: 'Honkaharjun kansalaisopisto', regionCode: '11', level: -0.2 },
  { id: '00000000-0000-4000-8000-0000000000a3', name: 'Virtalan Ohjaamo', regionCode: '11', level: 0.1 },
  { id: '00000000-0000-4000-8000-0000000000a4', name: 'Peltomäen lukio', regionCode: '06', level: 0 },
  { id: '00000000-0000-4000-8000-0000000000a5', name: 'Kuusirannan aikuisopisto', regionCode: '06', level: -0.4 },
  { id: '00000000-0000-4000-8000-0000000000a6', name: 'Järvelän urapalvelut', regionCode: '17', level: 0.2 },
  { id: '00000000-0000-4000-8000-0000000000a7', name: 'Lumilaakson koulutuskeskus', regionCode: '17', level: -0.1 },
  { id: '00000000-0000-4000-8000-0000000000a8', name: 'Saariston folkhögskola', regionCode: '15', level: 0.4 },
] as const;

/** Responses generated per organisation: a few dozen in all, some below the minimum group size. */
export const DEMO_RESPONSES_PER_ORGANISATION = [14, 11, 9, 16, 10, 12, 3, 6] as const;

const EVIDENCE = [
  'Käymme ohjauskeskustelun rungon läpi tiimipalaverissa kerran lukukaudessa.',
  'Asiakaspalautteessa tämä nousee esiin myönteisesti.',
  'Meillä on kirjattu toimintatapa, mutta se ei ole kaikkien tiedossa.',
  'Tätä ei ole vielä sovittu yhteisesti; kehittämiskohde.',
  'Hyödynnämme alueen ennakointiraportteja ohjauksessa.',
  'Ohjaussuunnitelma päivitetään yhdessä asiakkaan kanssa.',
  'Henkilöstö on osallistunut koulutukseen aiheesta tänä vuonna.',
];

/** A small deterministic PRNG (mulberry32), so the demo data is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type GeneratedAnswer = { value?: number; na?: boolean; text?: string };

/**
 * One invented response: scores around the organisation's level, each
 * indicator with its own difficulty, a few "not applicable", some evidence.
 */
export function generateAnswers(
  indicatorIds: readonly string[],
  scale: { min: number; max: number },
  level: number,
  random: () => number,
): Record<string, GeneratedAnswer> {
  const answers: Record<string, GeneratedAnswer> = {};
  indicatorIds.forEach((id, i) => {
    if (random() < 0.05) {
      answers[id] = { na: true };
      return;
    }
    const difficulty = Math.sin(i * 1.7) * 0.9;
    const centre = 3.4 + level * 2 - difficulty;
    const raw = centre + (random() + random() + random() - 1.5) * 1.6;
    const value = Math.min(scale.max, Math.max(scale.min, Math.round(raw)));
    const answer: GeneratedAnswer = { value };
    if (random() < 0.2) answer.text = EVIDENCE[Math.floor(random() * EVIDENCE.length)];
    answers[id] = answer;
  });
  return answers;
}

/** One invented account per role; the password is printed on start in demo mode only. */
export const DEMO_PASSWORD = 'laatupeili-demo-2026';
export const DEMO_USERS = [
  {
    id: '00000000-0000-4000-8000-0000000000b1',
    email: 'admin@laatupeili.example',
    name: 'Demo Ylläpitäjä',
    role: 'admin',
  },
  {
    id: '00000000-0000-4000-8000-0000000000b2',
    email: 'koordinaattori@laatupeili.example',
    name: 'Demo Koordinaattori',
    role: 'coordinator',
    regionCode: '11',
  },
  {
    id: '00000000-0000-4000-8000-0000000000b3',
    email: 'laatuvastaava@laatupeili.example',
    name: 'Demo Laatuvastaava',
    role: 'manager',
    organisationIds: ['00000000-0000-4000-8000-0000000000a1'],
  },
] as const;

/**
 * Demo invitation links are predictable so that the README can name one
 * (http://localhost:3000/i/demo-1). Real rounds get 256-bit random tokens.
 */
export function demoInvitationToken(index: number): string {
  return `demo-${index + 1}`;
}
