/**
 * A round's editable fields as form values (strings, as the controls hold
 * them), checked and turned into the API's body. Pure, so the rules are tested
 * without a browser; the page translates the problem codes.
 */
import type { Language, LocalizedText } from '@shared/instrument/text';
import type { RoundRules, RoundSummary } from '@shared/rounds/types';
import { closesAtToLastDay, isDateInput, lastDayToClosesAt, opensAtToInput } from '../../lib/roundDates';

export type Texts = { fi: string; sv: string; en: string };

export type RoundValues = {
  name: Texts;
  opensAt: string;
  /** The last day to answer (the API's closesAt is the day after). */
  lastDay: string;
  minGroupSize: string;
  /** Empty: texts follow the minimum group size. */
  minTextGroupSize: string;
  shareGroupAnswers: boolean;
  introduction: Texts;
  videoUrl: string;
  /** The language the links open in; empty: each organisation's. */
  language: Language | '';
};

export type RoundProblem =
  | 'required'
  | 'invalidDate'
  | 'closesBeforeOpens'
  | 'minGroupSize'
  | 'belowFloor'
  | 'textBelowMinimum'
  | 'minimumLowered'
  | 'https'
  | 'finnishFirst';

/** Problem codes by the API's field path (`name.fi`, `closesAt`, …). */
export type RoundProblems = Partial<Record<string, RoundProblem>>;

/**
 * What the form checks the minimums against (as the server does): the
 * configured floor for a value being set, and for an existing round its
 * current minimums, which may only go up once responses exist.
 */
export type MinimumRules = Pick<RoundRules, 'minGroupSizeFloor'> & {
  current?: { minGroupSize: number; minTextGroupSize: number | null; hasResponses: boolean };
};

export type RoundBody = {
  name: LocalizedText;
  opensAt: string;
  closesAt: string;
  minGroupSize: number;
  minTextGroupSize: number | null;
  shareGroupAnswers: boolean;
  introduction: LocalizedText | null;
  videoUrl: string | null;
  language: Language | null;
};

export const emptyTexts = (): Texts => ({ fi: '', sv: '', en: '' });

/** The values of an existing round, for its edit form. */
export function roundToValues(round: RoundSummary): RoundValues {
  const texts = (text: LocalizedText | null): Texts => ({ fi: text?.fi ?? '', sv: text?.sv ?? '', en: text?.en ?? '' });
  return {
    name: texts(round.name),
    opensAt: opensAtToInput(round.opensAt),
    lastDay: closesAtToLastDay(round.closesAt),
    minGroupSize: String(round.minGroupSize),
    minTextGroupSize: round.minTextGroupSize === null ? '' : String(round.minTextGroupSize),
    shareGroupAnswers: round.shareGroupAnswers,
    introduction: texts(round.introduction),
    videoUrl: round.videoUrl ?? '',
    language: round.language ?? '',
  };
}

/** Trimmed texts with the empty languages left out; null when there is no text at all. */
export function toLocalized(texts: Texts): LocalizedText | null {
  const fi = texts.fi.trim();
  const sv = texts.sv.trim();
  const en = texts.en.trim();
  if (!fi && !sv && !en) return null;
  return { fi, ...(sv && { sv }), ...(en && { en }) };
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const isSize = (value: string) => /^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 100;

function minimumProblems(values: RoundValues, { minGroupSizeFloor: floor, current }: MinimumRules): RoundProblems {
  const problems: RoundProblems = {};
  const size = Number(values.minGroupSize);
  const text = values.minTextGroupSize.trim() === '' ? null : Number(values.minTextGroupSize);
  const locked = current?.hasResponses === true;
  if (!isSize(values.minGroupSize)) problems.minGroupSize = 'minGroupSize';
  else if (locked && size < current.minGroupSize) problems.minGroupSize = 'minimumLowered';
  else if (size < floor && size !== current?.minGroupSize) problems.minGroupSize = 'belowFloor';
  if (text !== null && !isSize(values.minTextGroupSize)) problems.minTextGroupSize = 'minGroupSize';
  else if (locked && !problems.minGroupSize && (text ?? size) < (current.minTextGroupSize ?? current.minGroupSize)) {
    // Emptying the text minimum lets texts follow the figures' minimum: that, too, may lower it.
    problems.minTextGroupSize = 'minimumLowered';
  } else if (text !== null && text < floor && text !== current?.minTextGroupSize)
    problems.minTextGroupSize = 'belowFloor';
  else if (text !== null && !problems.minGroupSize && text < size) problems.minTextGroupSize = 'textBelowMinimum';
  return problems;
}

export function checkRoundValues(values: RoundValues, rules: MinimumRules): RoundProblems {
  const problems: RoundProblems = {};
  if (!values.name.fi.trim()) problems['name.fi'] = 'required';
  if (!values.opensAt) problems.opensAt = 'required';
  else if (!isDateInput(values.opensAt)) problems.opensAt = 'invalidDate';
  if (!values.lastDay) problems.closesAt = 'required';
  else if (!isDateInput(values.lastDay)) problems.closesAt = 'invalidDate';
  else if (isDateInput(values.opensAt) && values.lastDay < values.opensAt) problems.closesAt = 'closesBeforeOpens';
  Object.assign(problems, minimumProblems(values, rules));
  const intro = values.introduction;
  if (!intro.fi.trim() && (intro.sv.trim() || intro.en.trim())) problems['introduction.fi'] = 'finnishFirst';
  const video = values.videoUrl.trim();
  if (video && !isHttpsUrl(video)) problems.videoUrl = 'https';
  return problems;
}

/** The API body of checked values: dates as days, the last day turned into closesAt. */
export function toRoundBody(values: RoundValues): RoundBody {
  return {
    name: toLocalized(values.name) ?? { fi: '' },
    opensAt: values.opensAt,
    closesAt: lastDayToClosesAt(values.lastDay),
    minGroupSize: Number(values.minGroupSize),
    minTextGroupSize: values.minTextGroupSize.trim() === '' ? null : Number(values.minTextGroupSize),
    shareGroupAnswers: values.shareGroupAnswers,
    introduction: toLocalized(values.introduction),
    videoUrl: values.videoUrl.trim() || null,
    language: values.language || null,
  };
}

const sameTexts = (a: Texts, b: Texts) =>
  a.fi.trim() === b.fi.trim() && a.sv.trim() === b.sv.trim() && a.en.trim() === b.en.trim();

/**
 * Only what the form changed: a round whose dates were entered as moments
 * (the demo round, an API client) keeps them unless the dates are edited.
 */
export function changedRoundBody(initial: RoundValues, values: RoundValues): Partial<RoundBody> {
  const body = toRoundBody(values);
  return {
    ...(!sameTexts(initial.name, values.name) && { name: body.name }),
    ...(initial.opensAt !== values.opensAt && { opensAt: body.opensAt }),
    ...(initial.lastDay !== values.lastDay && { closesAt: body.closesAt }),
    ...(initial.minGroupSize.trim() !== values.minGroupSize.trim() && { minGroupSize: body.minGroupSize }),
    ...(initial.minTextGroupSize.trim() !== values.minTextGroupSize.trim() && {
      minTextGroupSize: body.minTextGroupSize,
    }),
    ...(initial.shareGroupAnswers !== values.shareGroupAnswers && { shareGroupAnswers: body.shareGroupAnswers }),
    ...(!sameTexts(initial.introduction, values.introduction) && { introduction: body.introduction }),
    ...(initial.videoUrl.trim() !== values.videoUrl.trim() && { videoUrl: body.videoUrl }),
    ...(initial.language !== values.language && { language: body.language }),
  };
}
