/** How one figure reads: its value, its band, or why it is not shown. Pure, for the report, heatmaps and tests. */
import type { Band, Figure, HiddenReason, SuppressionReason } from '@shared/results/types';
import { BAND_LIMITS } from '@shared/results/types';

export const BANDS: readonly Band[] = ['weak', 'fair', 'good'];

/** The band of a 0–100 index, by the limits the server uses. */
export function bandOf(index: number | null): Band | null {
  if (index === null) return null;
  if (index >= BAND_LIMITS.good) return 'good';
  if (index >= BAND_LIMITS.fair) return 'fair';
  return 'weak';
}

/** One figure as a reader meets it. */
export type FigureState =
  | { kind: 'shown'; mean: number; index: number; band: Band; n: number }
  /** Withheld from this reader (see HiddenReason): not even its n is given. */
  | { kind: 'hidden'; reason: HiddenReason }
  /** The whole group is withheld: fewer people than the minimum answered. */
  | { kind: 'suppressed'; reason: SuppressionReason }
  /** Nothing was scored (every answer "not applicable"), or no figure at all. */
  | { kind: 'empty'; n: number };

export function figureState(
  figure: Figure | undefined | null,
  suppressed: SuppressionReason | null = null,
): FigureState {
  if (suppressed) return { kind: 'suppressed', reason: suppressed };
  if (!figure) return { kind: 'empty', n: 0 };
  if (figure.hidden) return { kind: 'hidden', reason: figure.reason ?? 'small' };
  if (figure.mean === null || figure.index === null || figure.n === null) return { kind: 'empty', n: figure.n ?? 0 };
  return {
    kind: 'shown',
    mean: figure.mean,
    index: figure.index,
    band: figure.band ?? bandOf(figure.index) ?? 'weak',
    n: figure.n,
  };
}

/** The words a figure's text is built of, in the reader's language. */
export type FigureWords = {
  mean: (value: number) => string;
  integer: (value: number) => string;
  band: (band: Band) => string;
  /** "alle 5 vastaajaa", "suojaa pienempää ryhmää", … */
  hidden: (reason: HiddenReason) => string;
  /** "piilotettu (pieni ryhmä)" */
  suppressed: (reason: SuppressionReason) => string;
  empty: string;
};

/** A heatmap cell or table cell as text: "3,4 · 60 kohtalainen · n = 12", or why there is no number. */
export function figureText(state: FigureState, words: FigureWords): string {
  switch (state.kind) {
    case 'shown':
      return `${words.mean(state.mean)} · ${words.integer(state.index)} ${words.band(state.band)} · n = ${words.integer(state.n)}`;
    case 'hidden':
      return words.hidden(state.reason);
    case 'suppressed':
      return words.suppressed(state.reason);
    case 'empty':
      return words.empty;
  }
}

/** A signed change of a mean with one decimal: "+0,8", "−0,3", "±0,0". */
export function signedChange(change: number, mean: (value: number) => string): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return `±${mean(0)}`;
  return rounded > 0 ? `+${mean(rounded)}` : `−${mean(-rounded)}`;
}
