/**
 * Validation messages of instruments in Finnish, Swedish and English. The
 * model reports a rule and its parameters; this one catalogue words them for
 * the CLI (`--lang`), the import form and the editor alike, and names the
 * place the way users see it: "3.4.2 `ind-id` question (sv)". Pure, shared.
 */
import { LANGUAGES, type Language } from './text';

type Params = Record<string, string | number>;
type Wording = (p: Params) => string;

/** Every rule a validation problem can have; `invalid` is the fallback for anything else. */
export const RULES = [
  'text_required',
  'text_empty',
  'text_too_long',
  'missing_text',
  'id_too_short',
  'id_too_long',
  'id_format',
  'duplicate_id',
  'needs_area',
  'needs_standard',
  'needs_indicator',
  'version_format',
  'finnish_required',
  'language_twice',
  'video_url',
  'needs_scale',
  'scale_order',
  'scale_value_range',
  'scale_value_twice',
  'scale_value_unlabelled',
  'replaced_still_present',
  'not_an_id',
  'mapping_unknown',
  'mapping_rating_to_text',
  'mapping_cycle',
  'scale_changed',
  'kind_changed',
  'version_published_other',
  'version_lower',
  'too_large',
  'not_json',
  'cannot_read',
  'file_location',
  'wrong_type',
  'unknown_field',
  'not_allowed',
  'too_small',
  'too_big',
  'invalid',
] as const;
export type Rule = (typeof RULES)[number];

const LANGUAGE_WORDS: Record<Language, Record<Language, string>> = {
  en: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
  fi: { fi: 'suomenkielinen', sv: 'ruotsinkielinen', en: 'englanninkielinen' },
  sv: { fi: 'finsk', sv: 'svensk', en: 'engelsk' },
};
const lang = (ui: Language, code: string | number) => LANGUAGE_WORDS[ui][code as Language] ?? String(code);

const CATALOGUE: Record<Language, Record<Rule, Wording>> = {
  en: {
    text_required: () => 'the Finnish text is required',
    text_empty: (p) => `the ${lang('en', p.lang ?? '')} text must not be empty`,
    text_too_long: (p) => `a text has at most ${p.max} characters`,
    missing_text: (p) => `missing ${lang('en', p.lang ?? '')} text`,
    id_too_short: () => 'an id has at least 2 characters',
    id_too_long: () => 'an id has at most 64 characters',
    id_format: () => 'an id is a lowercase slug: letters a–z, digits and single hyphens',
    duplicate_id: (p) => `duplicate id "${p.id}" (first used at ${p.first})`,
    needs_area: () => 'an instrument needs at least one area',
    needs_standard: () => 'an area needs at least one standard',
    needs_indicator: () => 'a standard needs at least one indicator',
    version_format: () => 'a version is MAJOR.MINOR.PATCH, for example 1.0.0',
    finnish_required: () => 'Finnish (fi) is always one of the languages',
    language_twice: () => 'a language is listed twice',
    video_url: () => 'the video link must be an https URL',
    needs_scale: () => 'rating indicators need a scale',
    scale_order: (p) => `max (${p.max}) must be greater than min (${p.min})`,
    scale_value_range: (p) => `scale value ${p.value} is out of range ${p.min}–${p.max}`,
    scale_value_twice: () => 'a scale value is labelled twice',
    scale_value_unlabelled: (p) => `scale value ${p.value} has no label`,
    replaced_still_present: (p) => `"${p.id}" is still an id in this version`,
    not_an_id: (p) => `"${p.id}" is not an id in this version`,
    mapping_unknown: (p) =>
      p.previous
        ? `"${p.id}" is not an indicator id of ${p.previous} or an earlier version`
        : `"${p.id}" is not an indicator id of an earlier version (there is none)`,
    mapping_rating_to_text: (p) =>
      `"${p.id}" is a rating indicator in ${p.version} and cannot be continued by the text indicator "${p.target}"`,
    mapping_cycle: (p) => `mapping "${p.id}" → "${p.target}" closes a cycle with ${p.chain}`,
    scale_changed: (p) =>
      `the scale changes from ${p.from} (${p.version}) to ${p.to}: declare carryOver.scale ("index" or "new-series")`,
    kind_changed: (p) =>
      `"${p.id}" changes from a ${p.from} to a ${p.to} indicator: declare it a new series in carryOver.indicators`,
    version_published_other: (p) =>
      `${p.id} ${p.version} is already published with other content: give the change a new version number`,
    version_lower: (p) =>
      `${p.version} is lower than ${p.highest}, which is already published: a new version needs a higher number`,
    too_large: (p) => `the instrument is ${p.size} characters as JSON; the limit is ${p.max}`,
    not_json: (p) => `not valid JSON: ${p.detail}`,
    cannot_read: (p) => `cannot read file: ${p.detail}`,
    file_location: (p) => `the file of ${p.id} ${p.version} must be at instruments/${p.expected}`,
    wrong_type: (p) => `expected ${p.expected}`,
    unknown_field: (p) => `unknown field(s): ${p.keys}`,
    not_allowed: (p) => `must be one of: ${p.values}`,
    too_small: (p) => `must be at least ${p.minimum}`,
    too_big: (p) => `must be at most ${p.maximum}`,
    invalid: () => 'invalid value',
  },
  fi: {
    text_required: () => 'suomenkielinen teksti on pakollinen',
    text_empty: (p) => `${lang('fi', p.lang ?? '')} teksti ei saa olla tyhjä`,
    text_too_long: (p) => `tekstissä on enintään ${p.max} merkkiä`,
    missing_text: (p) => `${lang('fi', p.lang ?? '')} teksti puuttuu`,
    id_too_short: () => 'tunnisteessa on vähintään 2 merkkiä',
    id_too_long: () => 'tunnisteessa on enintään 64 merkkiä',
    id_format: () =>
      'tunniste kirjoitetaan pienillä kirjaimilla a–z ja numeroilla, sanat erotetaan yhdellä väliviivalla',
    duplicate_id: (p) => `tunniste ”${p.id}” on jo käytössä (ensimmäisen kerran kohdassa ${p.first})`,
    needs_area: () => 'instrumentissa on oltava vähintään yksi alue',
    needs_standard: () => 'alueella on oltava vähintään yksi standardi',
    needs_indicator: () => 'standardissa on oltava vähintään yksi indikaattori',
    version_format: () => 'versio on muotoa PÄÄ.SIVU.KORJAUS, esimerkiksi 1.0.0',
    finnish_required: () => 'suomi (fi) on aina yksi kielistä',
    language_twice: () => 'sama kieli on luettelossa kahdesti',
    video_url: () => 'videolinkin on oltava https-osoite',
    needs_scale: () => 'arvioitavat indikaattorit tarvitsevat asteikon',
    scale_order: (p) => `suurimman arvon (${p.max}) on oltava pienintä (${p.min}) suurempi`,
    scale_value_range: (p) => `asteikon arvo ${p.value} on välin ${p.min}–${p.max} ulkopuolella`,
    scale_value_twice: () => 'samalla asteikon arvolla on kaksi selitettä',
    scale_value_unlabelled: (p) => `asteikon arvolla ${p.value} ei ole selitettä`,
    replaced_still_present: (p) => `”${p.id}” on yhä tämän version tunniste`,
    not_an_id: (p) => `”${p.id}” ei ole tämän version tunniste`,
    mapping_unknown: (p) =>
      p.previous
        ? `”${p.id}” ei ole version ${p.previous} eikä aiemman version indikaattori`
        : `”${p.id}” ei ole aiemman version indikaattori (aiempaa versiota ei ole)`,
    mapping_rating_to_text: (p) =>
      `”${p.id}” on versiossa ${p.version} arvioitava indikaattori, eikä sitä voi jatkaa avoin kysymys ”${p.target}”`,
    mapping_cycle: (p) => `vastaavuus ”${p.id}” → ”${p.target}” muodostaa kehän: ${p.chain}`,
    scale_changed: (p) =>
      `asteikko muuttuu välistä ${p.from} (${p.version}) väliin ${p.to}: kerro, miten aiemmat luvut siirtyvät (carryOver.scale: ”index” tai ”new-series”)`,
    kind_changed: (p) =>
      `indikaattorin ”${p.id}” laji muuttuu (${p.from} → ${p.to}): merkitse se uudeksi sarjaksi (carryOver.indicators)`,
    version_published_other: (p) =>
      `${p.id} ${p.version} on jo julkaistu toisella sisällöllä: anna muutokselle uusi versionumero`,
    version_lower: (p) =>
      `${p.version} on pienempi kuin jo julkaistu ${p.highest}: uuden version numeron on oltava suurempi`,
    too_large: (p) => `instrumentti on JSON-muodossa ${p.size} merkkiä; enimmäismäärä on ${p.max}`,
    not_json: (p) => `tiedosto ei ole kelvollista JSONia: ${p.detail}`,
    cannot_read: (p) => `tiedostoa ei voi lukea: ${p.detail}`,
    file_location: (p) => `version ${p.id} ${p.version} tiedoston paikka on instruments/${p.expected}`,
    wrong_type: (p) => `odotettiin tyyppiä ${p.expected}`,
    unknown_field: (p) => `tuntematon kenttä: ${p.keys}`,
    not_allowed: (p) => `sallitut arvot: ${p.values}`,
    too_small: (p) => `vähintään ${p.minimum}`,
    too_big: (p) => `enintään ${p.maximum}`,
    invalid: () => 'virheellinen arvo',
  },
  sv: {
    text_required: () => 'den finska texten är obligatorisk',
    text_empty: (p) => `den ${lang('sv', p.lang ?? '')}a texten får inte vara tom`,
    text_too_long: (p) => `en text har högst ${p.max} tecken`,
    missing_text: (p) => `${lang('sv', p.lang ?? '')} text saknas`,
    id_too_short: () => 'en identifierare har minst 2 tecken',
    id_too_long: () => 'en identifierare har högst 64 tecken',
    id_format: () => 'en identifierare skrivs med små bokstäver a–z och siffror, ord åtskilda av ett bindestreck',
    duplicate_id: (p) => `identifieraren ”${p.id}” används redan (första gången vid ${p.first})`,
    needs_area: () => 'ett instrument behöver minst ett område',
    needs_standard: () => 'ett område behöver minst en standard',
    needs_indicator: () => 'en standard behöver minst en indikator',
    version_format: () => 'en version skrivs HUVUD.MINDRE.RÄTTELSE, till exempel 1.0.0',
    finnish_required: () => 'finska (fi) är alltid ett av språken',
    language_twice: () => 'samma språk finns två gånger i listan',
    video_url: () => 'videolänken måste vara en https-adress',
    needs_scale: () => 'indikatorer som bedöms behöver en skala',
    scale_order: (p) => `det största värdet (${p.max}) måste vara större än det minsta (${p.min})`,
    scale_value_range: (p) => `skalvärdet ${p.value} ligger utanför ${p.min}–${p.max}`,
    scale_value_twice: () => 'samma skalvärde har två beskrivningar',
    scale_value_unlabelled: (p) => `skalvärdet ${p.value} saknar beskrivning`,
    replaced_still_present: (p) => `”${p.id}” är fortfarande en identifierare i den här versionen`,
    not_an_id: (p) => `”${p.id}” är ingen identifierare i den här versionen`,
    mapping_unknown: (p) =>
      p.previous
        ? `”${p.id}” är ingen indikator i version ${p.previous} eller en tidigare version`
        : `”${p.id}” är ingen indikator i en tidigare version (det finns ingen)`,
    mapping_rating_to_text: (p) =>
      `”${p.id}” är en bedömd indikator i ${p.version} och kan inte fortsätta som den öppna frågan ”${p.target}”`,
    mapping_cycle: (p) => `motsvarigheten ”${p.id}” → ”${p.target}” bildar en cirkel: ${p.chain}`,
    scale_changed: (p) =>
      `skalan ändras från ${p.from} (${p.version}) till ${p.to}: ange hur tidigare siffror förs över (carryOver.scale: ”index” eller ”new-series”)`,
    kind_changed: (p) =>
      `indikatorn ”${p.id}” byter typ (${p.from} → ${p.to}): ange den som en ny serie (carryOver.indicators)`,
    version_published_other: (p) =>
      `${p.id} ${p.version} är redan publicerad med annat innehåll: ge ändringen ett nytt versionsnummer`,
    version_lower: (p) =>
      `${p.version} är lägre än den redan publicerade ${p.highest}: en ny version behöver ett högre nummer`,
    too_large: (p) => `instrumentet är ${p.size} tecken som JSON; gränsen är ${p.max}`,
    not_json: (p) => `filen är inte giltig JSON: ${p.detail}`,
    cannot_read: (p) => `filen kan inte läsas: ${p.detail}`,
    file_location: (p) => `filen för ${p.id} ${p.version} ska ligga i instruments/${p.expected}`,
    wrong_type: (p) => `typen ${p.expected} väntades`,
    unknown_field: (p) => `okänt fält: ${p.keys}`,
    not_allowed: (p) => `tillåtna värden: ${p.values}`,
    too_small: (p) => `minst ${p.minimum}`,
    too_big: (p) => `högst ${p.maximum}`,
    invalid: () => 'ogiltigt värde',
  },
};

export function isRule(value: unknown): value is Rule {
  return typeof value === 'string' && (RULES as readonly string[]).includes(value);
}

/** The problem's message in the wanted language. */
export function wordProblem(problem: { rule?: Rule; params?: Params; message: string }, ui: Language): string {
  if (!problem.rule) return problem.message;
  return CATALOGUE[ui][problem.rule](problem.params ?? {});
}

const FIELD_WORDS: Record<Language, Record<string, string>> = {
  en: {
    title: 'title',
    description: 'description',
    introduction: 'introduction',
    statement: 'statement',
    question: 'question',
    help: 'help text',
    evidencePrompt: 'evidence prompt',
    notApplicable: '“not applicable”',
    id: 'id',
    kind: 'kind',
    labels: 'labels',
    scale: 'scale',
    version: 'version',
    replaces: 'mapping',
    carryOver: 'carry-over',
  },
  fi: {
    title: 'otsikko',
    description: 'kuvaus',
    introduction: 'johdanto',
    statement: 'väittämä',
    question: 'kysymys',
    help: 'ohjeteksti',
    evidencePrompt: 'näyttöpyyntö',
    notApplicable: '”ei koske”',
    id: 'tunniste',
    kind: 'laji',
    labels: 'selitteet',
    scale: 'asteikko',
    version: 'versio',
    replaces: 'vastaavuudet',
    carryOver: 'siirtyminen',
  },
  sv: {
    title: 'rubrik',
    description: 'beskrivning',
    introduction: 'inledning',
    statement: 'påstående',
    question: 'fråga',
    help: 'hjälptext',
    evidencePrompt: 'begäran om belägg',
    notApplicable: '”gäller inte”',
    id: 'identifierare',
    kind: 'typ',
    labels: 'beskrivningar',
    scale: 'skala',
    version: 'version',
    replaces: 'motsvarigheter',
    carryOver: 'överföring',
  },
};

const ROOT_WORD: Record<Language, string> = { en: 'instrument', fi: 'instrumentti', sv: 'instrument' };

const childList = (value: unknown, key: string): unknown[] => {
  const list = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list : [];
};
const idOf = (value: unknown): string | undefined => {
  const id = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/**
 * The place of a JSON path as users see it: `areas[2].standards[3].indicators[1].question.sv`
 * → "3.4.2 `ind-id` question (sv)", with the display numbers and the element's id from `doc`.
 */
export function describePlace(doc: unknown, path: string, ui: Language): string {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  const numbers: number[] = [];
  let node: unknown = doc;
  let id: string | undefined;
  let i = 0;
  for (const key of ['areas', 'standards', 'indicators']) {
    if (parts[i] !== key || !/^\d+$/.test(parts[i + 1] ?? '')) break;
    const index = Number(parts[i + 1]);
    numbers.push(index + 1);
    node = childList(node, key)[index];
    id = idOf(node);
    i += 2;
  }
  const rest = parts.slice(i);
  const words = rest.filter((p) => !(LANGUAGES as readonly string[]).includes(p)).map((p) => FIELD_WORDS[ui][p] ?? p);
  const language = rest.find((p) => (LANGUAGES as readonly string[]).includes(p));
  const out = [
    numbers.length > 0 ? numbers.join('.') : ROOT_WORD[ui],
    id && rest[0] !== 'id' ? `\`${id}\`` : undefined,
    words.join(' ') || undefined,
    language ? `(${language})` : undefined,
  ];
  return out.filter(Boolean).join(' ');
}
