/** The results API's shapes, shared with the client. */
import type { LocalizedText } from '../instrument/text';
import type { OrganisationSummary, RegionView } from '../organisations/types';
import type { RoundSummary } from '../rounds/types';

/** Three colour bands of the 0–100 index, as THL's TEAviisari shows municipalities. */
export type Band = 'weak' | 'fair' | 'good';
export const BAND_LIMITS = { fair: 50, good: 75 } as const;

/**
 * Why a figure is withheld from this viewer (README, "Results and anonymity"):
 * - small: fewer people than the round's minimum behind it;
 * - complementary: shown, it would let a smaller group be worked out by subtraction;
 * - part: one of its indicators (or standards) is withheld and could be worked out from it.
 */
export type HiddenReason = 'small' | 'complementary' | 'part';

/** One figure with the number of responses behind it. */
export type Figure = {
  /** Responses that gave a score (not "not applicable") behind this figure; null when withheld. */
  n: number | null;
  /** Null when nothing was scored, or when withheld. */
  mean: number | null;
  /** The mean on a 0–100 scale: (mean − min) / (max − min) × 100. */
  index: number | null;
  band: Band | null;
  /** True when the figure is withheld from this viewer: n, mean, index and band are not given. */
  hidden: boolean;
  reason: HiddenReason | null;
};

/** A difference from the region or the country worth attention (README, "Differences worth attention"). */
export type Difference = 'higher' | 'lower';

export type Compared = Figure & {
  region: Figure;
  country: Figure;
  /** Marked only when both figures are shown, large enough and behind enough responses; null otherwise. */
  differs: { region: Difference | null; country: Difference | null };
};

export type IndicatorResult = Compared & {
  id: string;
  notApplicable: number;
  distribution: { value: number; count: number }[];
  /** The evidence texts of the organisation's respondents (empty when suppressed). */
  texts: string[];
};

export type StandardResult = Compared & { id: string; indicators: IndicatorResult[] };

export type AreaResult = Compared & { id: string; standards: StandardResult[] };

export type TrendPoint = {
  roundId: string;
  name: LocalizedText;
  opensAt: string;
  instrumentVersion: string;
  responses: number;
  suppressed: boolean;
  /** Keyed by the ids of the current round's instrument version (earlier ids followed through `replaces`). */
  areas: Record<string, Figure>;
  standards: Record<string, Figure>;
  indicators: Record<string, Figure>;
  /** Standards of the current version whose indicators differ in this round's version (renamed, split, merged, added, removed, moved). */
  changedStandards: string[];
};

export type OrganisationResults = {
  round: RoundSummary;
  /** Every response submitted before this time is in these results (ISO 8601). */
  asOf: string;
  /** True when responses submitted since `asOf` are still on their way into the results (at most about a second under load). */
  pending: boolean;
  organisation: OrganisationSummary;
  /** Submitted responses of the organisation in the round (a working group's answer is one). */
  responses: number;
  /** People behind working-group responses (null when none were groups, or suppressed). */
  participants: number | null;
  regionResponses: number;
  countryResponses: number;
  minGroupSize: number;
  /** The minimum for evidence texts and open answers (at least minGroupSize). */
  minTextGroupSize: number;
  /** True when fewer people than the minimum answered: nothing of the organisation is shown, to anyone. */
  suppressed: boolean;
  suppressedReason: SuppressionReason | null;
  /** True when the organisation's texts are shown (enough people for the text minimum). */
  textsShown: boolean;
  areas: AreaResult[];
  /** This round and the earlier rounds of the same instrument in which the organisation took part, oldest first. */
  trend: TrendPoint[];
};

/** A CSV export's dialect: `excel` (Finnish/Swedish Excel: `;` and a decimal comma) or `plain` (`,` and `.`). */
export type CsvDialectName = 'excel' | 'plain';

/** Why a whole group is withheld: too few people answered. */
export type SuppressionReason = 'small';

export type GroupRow = {
  responses: number;
  suppressed: SuppressionReason | null;
  areas: Record<string, Figure>;
  standards: Record<string, Figure>;
};

export type RegionResults = {
  round: RoundSummary;
  /** Every response submitted before this time is in these results (ISO 8601). */
  asOf: string;
  /** True when responses submitted since `asOf` are still on their way into the results (at most about a second under load). */
  pending: boolean;
  region: RegionView;
  minGroupSize: number;
  total: GroupRow;
  organisations: (GroupRow & { organisation: OrganisationSummary })[];
};

export type CountryResults = {
  round: RoundSummary;
  /** Every response submitted before this time is in these results (ISO 8601). */
  asOf: string;
  /** True when responses submitted since `asOf` are still on their way into the results (at most about a second under load). */
  pending: boolean;
  minGroupSize: number;
  total: GroupRow;
  regions: (GroupRow & { region: RegionView; organisations: number })[];
};
