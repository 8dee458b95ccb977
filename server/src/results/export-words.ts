/**
 * The words of results exports in the viewer's language: column headers,
 * sheet names, the values of the level and suppression columns and the file
 * names. One typed catalogue, so that a word missing from a language does not compile.
 */
import type { Language } from '../instrument/text';

type Words = {
  sheets: {
    summary: string;
    areas: string;
    standards: string;
    indicators: string;
    distributions: string;
    texts: string;
    results: string;
  };
  columns: {
    level: string;
    number: string;
    text: string;
    n: string;
    mean: string;
    index: string;
    band: string;
    regionN: string;
    regionMean: string;
    regionIndex: string;
    countryN: string;
    countryMean: string;
    countryIndex: string;
    notApplicable: string;
    value: string;
    count: string;
    evidence: string;
    group: string;
    responses: string;
    suppressed: string;
    nOf: (label: string) => string;
    meanOf: (label: string) => string;
    differsRegion: string;
    differsCountry: string;
  };
  levels: { area: string; standard: string; indicator: string };
  bands: { weak: string; fair: string; good: string };
  differs: { higher: string; lower: string };
  withheld: string;
  suppressed: string;
  total: string;
  facts: {
    round: string;
    organisation: string;
    region: string;
    exported: string;
    responses: string;
    minimum: string;
    textsHidden: string;
  };
  /** The raw answers export's columns, in their order. */
  raw: {
    response: string;
    organisation: string;
    region: string;
    group: string;
    indicatorNumber: string;
    indicatorId: string;
    value: string;
    notApplicable: string;
    text: string;
  };
  files: {
    results: string;
    region: string;
    country: string;
    actionPlan: string;
    reflections: string;
    answers: string;
  };
  actions: {
    target: string;
    targetKind: string;
    action: string;
    responsible: string;
    due: string;
    status: string;
    overdue: string;
    notes: string;
    yes: string;
    no: string;
    row: string;
    action_row: string;
    suggestion_row: string;
    hasAction: string;
    statuses: { planned: string; in_progress: string; done: string };
    kinds: { standard: string; indicator: string };
  };
};

export const EXPORT_WORDS: Record<Language, Words> = {
  fi: {
    sheets: {
      summary: 'Yhteenveto',
      areas: 'Osa-alueet',
      standards: 'Standardit',
      indicators: 'Indikaattorit',
      distributions: 'Jakaumat',
      texts: 'Perustelut',
      results: 'Tulokset',
    },
    columns: {
      level: 'Taso',
      number: 'Numero',
      text: 'Teksti',
      n: 'n',
      mean: 'Keskiarvo',
      index: 'Indeksi',
      band: 'Taso (väri)',
      regionN: 'Maakunta n',
      regionMean: 'Maakunta keskiarvo',
      regionIndex: 'Maakunta indeksi',
      countryN: 'Koko maa n',
      countryMean: 'Koko maa keskiarvo',
      countryIndex: 'Koko maa indeksi',
      notApplicable: 'Ei koske',
      value: 'Vastaus',
      count: 'Lukumäärä',
      evidence: 'Perustelu',
      group: 'Ryhmä',
      responses: 'Vastauksia',
      suppressed: 'Piilotettu',
      nOf: (label) => `${label} (n)`,
      meanOf: (label) => `${label} (keskiarvo)`,
      differsRegion: 'Ero maakuntaan',
      differsCountry: 'Ero koko maahan',
    },
    levels: { area: 'osa-alue', standard: 'standardi', indicator: 'indikaattori' },
    bands: { weak: 'heikko', fair: 'kohtalainen', good: 'hyvä' },
    differs: { higher: 'selvästi korkeampi', lower: 'selvästi matalampi' },
    withheld: 'piilotettu',
    suppressed: 'liian vähän vastaajia',
    total: 'yhteensä',
    facts: {
      round: 'Kierros',
      organisation: 'Organisaatio',
      region: 'Maakunta',
      exported: 'Viety',
      responses: 'Vastauksia',
      minimum: 'Vähimmäismäärä',
      textsHidden: 'Perustelut näytetään vasta, kun vastaajia on vähintään',
    },
    raw: {
      response: 'vastaus',
      organisation: 'organisaatio',
      region: 'alue',
      group: 'työryhmä',
      indicatorNumber: 'indikaattorin numero',
      indicatorId: 'indikaattorin tunnus',
      value: 'arvo',
      notApplicable: 'ei koske / en osaa sanoa',
      text: 'perustelu',
    },
    files: {
      results: 'tulokset',
      region: 'alue',
      country: 'koko-maa',
      actionPlan: 'toimenpidesuunnitelma',
      reflections: 'perustelut',
      answers: 'vastaukset',
    },
    actions: {
      target: 'Kohde',
      targetKind: 'Kohteen taso',
      action: 'Toimenpide',
      responsible: 'Vastuutaho',
      due: 'Määräaika',
      status: 'Tila',
      overdue: 'Myöhässä',
      notes: 'Huomiot',
      yes: 'kyllä',
      no: 'ei',
      row: 'Rivi',
      action_row: 'toimenpide',
      suggestion_row: 'ehdotus',
      hasAction: 'Kohteella on jo toimenpide',
      statuses: { planned: 'suunniteltu', in_progress: 'käynnissä', done: 'valmis' },
      kinds: { standard: 'standardi', indicator: 'indikaattori' },
    },
  },
  sv: {
    sheets: {
      summary: 'Sammanfattning',
      areas: 'Områden',
      standards: 'Standarder',
      indicators: 'Indikatorer',
      distributions: 'Fördelningar',
      texts: 'Motiveringar',
      results: 'Resultat',
    },
    columns: {
      level: 'Nivå',
      number: 'Nummer',
      text: 'Text',
      n: 'n',
      mean: 'Medelvärde',
      index: 'Index',
      band: 'Färgklass',
      regionN: 'Regionen n',
      regionMean: 'Regionens medelvärde',
      regionIndex: 'Regionens index',
      countryN: 'Hela landet n',
      countryMean: 'Hela landets medelvärde',
      countryIndex: 'Hela landets index',
      notApplicable: 'Gäller inte oss',
      value: 'Svar',
      count: 'Antal',
      evidence: 'Motivering',
      group: 'Grupp',
      responses: 'Svar',
      suppressed: 'Dold',
      nOf: (label) => `${label} (n)`,
      meanOf: (label) => `${label} (medelvärde)`,
      differsRegion: 'Skillnad mot regionen',
      differsCountry: 'Skillnad mot hela landet',
    },
    levels: { area: 'delområde', standard: 'standard', indicator: 'indikator' },
    bands: { weak: 'svag', fair: 'måttlig', good: 'god' },
    differs: { higher: 'klart högre', lower: 'klart lägre' },
    withheld: 'dold',
    suppressed: 'för få svarande',
    total: 'totalt',
    facts: {
      round: 'Omgång',
      organisation: 'Organisation',
      region: 'Region',
      exported: 'Exporterad',
      responses: 'Svar',
      minimum: 'Minimiantal',
      textsHidden: 'Motiveringarna visas först när antalet svarande är minst',
    },
    raw: {
      response: 'svar',
      organisation: 'organisation',
      region: 'region',
      group: 'arbetsgrupp',
      indicatorNumber: 'indikatorns nummer',
      indicatorId: 'indikatorns kod',
      value: 'värde',
      notApplicable: 'gäller inte oss / kan inte säga',
      text: 'motivering',
    },
    files: {
      results: 'resultat',
      region: 'region',
      country: 'hela-landet',
      actionPlan: 'atgardsplan',
      reflections: 'motiveringar',
      answers: 'svar',
    },
    actions: {
      target: 'Mål',
      targetKind: 'Målets nivå',
      action: 'Åtgärd',
      responsible: 'Ansvarig',
      due: 'Sista dag',
      status: 'Status',
      overdue: 'Försenad',
      notes: 'Anteckningar',
      yes: 'ja',
      no: 'nej',
      row: 'Rad',
      action_row: 'åtgärd',
      suggestion_row: 'förslag',
      hasAction: 'Målet har redan en åtgärd',
      statuses: { planned: 'planerad', in_progress: 'pågår', done: 'klar' },
      kinds: { standard: 'standard', indicator: 'indikator' },
    },
  },
  en: {
    sheets: {
      summary: 'Summary',
      areas: 'Areas',
      standards: 'Standards',
      indicators: 'Indicators',
      distributions: 'Distributions',
      texts: 'Evidence',
      results: 'Results',
    },
    columns: {
      level: 'Level',
      number: 'Number',
      text: 'Text',
      n: 'n',
      mean: 'Mean',
      index: 'Index',
      band: 'Band',
      regionN: 'Region n',
      regionMean: 'Region mean',
      regionIndex: 'Region index',
      countryN: 'Country n',
      countryMean: 'Country mean',
      countryIndex: 'Country index',
      notApplicable: 'Not applicable',
      value: 'Answer',
      count: 'Count',
      evidence: 'Evidence',
      group: 'Group',
      responses: 'Responses',
      suppressed: 'Hidden',
      nOf: (label) => `${label} (n)`,
      meanOf: (label) => `${label} (mean)`,
      differsRegion: 'Difference from the region',
      differsCountry: 'Difference from the whole country',
    },
    levels: { area: 'area', standard: 'standard', indicator: 'indicator' },
    bands: { weak: 'weak', fair: 'fair', good: 'good' },
    differs: { higher: 'clearly higher', lower: 'clearly lower' },
    withheld: 'hidden',
    suppressed: 'too few respondents',
    total: 'total',
    facts: {
      round: 'Round',
      organisation: 'Organisation',
      region: 'Region',
      exported: 'Exported',
      responses: 'Responses',
      minimum: 'Minimum group size',
      textsHidden: 'Evidence texts are shown only once at least this many people have answered:',
    },
    raw: {
      response: 'response',
      organisation: 'organisation',
      region: 'region',
      group: 'working group',
      indicatorNumber: 'indicator number',
      indicatorId: 'indicator id',
      value: 'value',
      notApplicable: 'not applicable / cannot say',
      text: 'evidence',
    },
    files: {
      results: 'results',
      region: 'region',
      country: 'country',
      actionPlan: 'action-plan',
      reflections: 'reflections',
      answers: 'answers',
    },
    actions: {
      target: 'Target',
      targetKind: 'Target level',
      action: 'Action',
      responsible: 'Responsible',
      due: 'Due date',
      status: 'Status',
      overdue: 'Overdue',
      notes: 'Notes',
      yes: 'yes',
      no: 'no',
      row: 'Row',
      action_row: 'action',
      suggestion_row: 'suggestion',
      hasAction: 'Target already has an action',
      statuses: { planned: 'planned', in_progress: 'in progress', done: 'done' },
      kinds: { standard: 'standard', indicator: 'indicator' },
    },
  },
};

export const exportWords = (language: Language): Words => EXPORT_WORDS[language];

/**
 * A file name from names, not ids: letters (ä, ö, å and other accents kept), digits
 * and hyphens; everything else becomes one hyphen. E.g. "Ohjaamo Kuopio – Syksy 2026" →
 * "Ohjaamo-Kuopio-Syksy-2026".
 */
export function safeFileName(...parts: string[]): string {
  const name = parts
    .join(' ')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return name || 'laatupeili';
}
