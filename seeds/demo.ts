/**
 * Demo data: invented organisations (no real organisation or person), a demo
 * round, and generated responses so that the charts have something to show.
 */

export const DEMO_ROUND_ID = '00000000-0000-4000-8000-00000000d001';
export const DEMO_INSTRUMENT = { id: 'elo-quality', version: '1.0.0' } as const;

type DemoOrganisation = {
  id: string;
  /** Official names: Finnish and/or Swedish (a bilingual organisation has both), English optional. */
  name: { fi?: string; sv?: string; en?: string };
  /** The language its links open in; null: the respondent's browser decides. Also the language of its evidence texts. */
  language: 'fi' | 'sv' | null;
  regionCode: string;
  level: number;
  /** Its link is a working-group link. */
  group?: true;
};

/**
 * Invented organisations (none exists under these names). demo-1 … demo-7 are
 * Finnish-speaking; demo-8 (a bilingual folk high school, a working-group link)
 * and demo-9 (a Swedish-speaking vocational institute) are in Ostrobothnia
 * and open in Swedish.
 */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    id: '00000000-0000-4000-8000-0000000000a1',
    name: { fi: 'Sinikallion ammattiopisto', en: 'Sinikallio Vocational College' },
    language: null,
    regionCode: '11',
    level: 0.3,
  },
  {
    id: '00000000-0000-4000-8000-0000000000a2',
    name: { fi: 'Honkaharjun kansalaisopisto' },
    language: null,
    regionCode: '11',
    level: -0.2,
  },
  {
    id: '00000000-0000-4000-8000-0000000000a3',
    name: { fi: 'Virtalan Ohjaamo' },
    language: null,
    regionCode: '11',
    level: 0.1,
  },
  {
    id: '00000000-0000-4000-8000-0000000000a4',
    name: { fi: 'Peltomäen lukio' },
    language: null,
    regionCode: '06',
    level: 0,
  },
  {
    id: '00000000-0000-4000-8000-0000000000a5',
    name: { fi: 'Kuusirannan aikuisopisto' },
    language: null,
    regionCode: '06',
    level: -0.4,
  },
  {
    id: '00000000-0000-4000-8000-0000000000a6',
    name: { fi: 'Järvelän urapalvelut' },
    language: null,
    regionCode: '17',
    level: 0.2,
  },
  {
    id: '00000000-0000-4000-8000-0000000000a7',
    name: { fi: 'Lumilaakson koulutuskeskus' },
    language: null,
    regionCode: '17',
    level: -0.1,
  },
  {
    id: '00000000-0000-4000-8000-0000000000a8',
    name: { fi: 'Saariston kansanopisto', sv: 'Skärgårdens folkhögskola' },
    language: 'sv',
    regionCode: '15',
    level: 0.4,
    group: true,
  },
  {
    id: '00000000-0000-4000-8000-0000000000a9',
    name: { sv: 'Fjärdskärs yrkesinstitut', en: 'Fjärdskär Vocational Institute' },
    language: 'sv',
    regionCode: '15',
    level: 0.05,
  },
];

/** Responses generated per organisation: a few dozen in all, some below the minimum group size. */
export const DEMO_RESPONSES_PER_ORGANISATION = [14, 11, 9, 16, 10, 12, 3, 6, 8] as const;

const EVIDENCE_FI = [
  'Käymme ohjauskeskustelun rungon läpi tiimipalaverissa kerran lukukaudessa.',
  'Asiakaspalautteessa tämä nousee esiin myönteisesti.',
  'Meillä on kirjattu toimintatapa, mutta se ei ole kaikkien tiedossa.',
  'Tätä ei ole vielä sovittu yhteisesti; kehittämiskohde.',
  'Hyödynnämme alueen ennakointiraportteja ohjauksessa.',
  'Ohjaussuunnitelma päivitetään yhdessä asiakkaan kanssa.',
  'Henkilöstö on osallistunut koulutukseen aiheesta tänä vuonna.',
];

const EVIDENCE_SV = [
  'Vi går igenom stommen för vägledningssamtalen på teammötet en gång per termin.',
  'Det här lyfts fram positivt i kundresponsen.',
  'Vi har ett nedskrivet arbetssätt, men alla känner inte till det.',
  'Det här har vi ännu inte kommit överens om tillsammans; ett utvecklingsområde.',
  'Vi använder regionens prognosrapporter i vägledningen.',
  'Vägledningsplanen uppdateras tillsammans med kunden.',
  'Personalen har deltagit i en utbildning i ämnet i år.',
];

/** Invented evidence texts in the organisation's language. */
const EVIDENCE = { fi: EVIDENCE_FI, sv: EVIDENCE_SV } as const;

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
  language: 'fi' | 'sv' = 'fi',
): Record<string, GeneratedAnswer> {
  const evidence = EVIDENCE[language];
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
    if (random() < 0.2) answer.text = evidence[Math.floor(random() * evidence.length)];
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
    name: 'Aino Vaara',
    role: 'admin',
  },
  {
    id: '00000000-0000-4000-8000-0000000000b2',
    email: 'koordinaattori@laatupeili.example',
    name: 'Kristian Berg',
    role: 'coordinator',
    regionCode: '11',
  },
  {
    id: '00000000-0000-4000-8000-0000000000b3',
    email: 'laatuvastaava@laatupeili.example',
    name: 'Linnea Rask',
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
