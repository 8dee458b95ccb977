/** The results API's shapes, shared with the client. */
import type { OrganisationSummary, RoundSummary } from '../rounds/types';

/** One figure with the number of responses behind it. `mean` and `index` are null when nothing was scored. */
export type Figure = {
  /** Responses that gave a score (not "not applicable") behind this figure. */
  n: number;
  mean: number | null;
  /** The mean on a 0–100 scale: (mean − min) / (max − min) × 100. */
  index: number | null;
};

export type IndicatorResult = Figure & {
  id: string;
  notApplicable: number;
  distribution: { value: number; count: number }[];
};

export type StandardResult = Figure & { id: string; indicators: IndicatorResult[] };

export type AreaResult = Figure & { id: string; standards: StandardResult[] };

export type OrganisationResults = {
  round: RoundSummary;
  organisation: OrganisationSummary;
  /** Submitted responses of the organisation in the round. */
  responses: number;
  /** People behind working-group responses (null when none were groups, or suppressed). */
  participants: number | null;
  minGroupSize: number;
  /** True when responses < minGroupSize: no figures are given (anonymity). */
  suppressed: boolean;
  areas: AreaResult[];
};
