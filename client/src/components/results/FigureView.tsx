/** A figure in a table cell or a heading: number, band as colour and text, and n; or why there is none. */
import type { Band } from '@shared/results/types';
import type { FigureState, FigureWords } from '../../lib/results/figures';

/** The index with its band in words on the band's tint: never colour alone. */
export function BandBadge({ band, index, words }: { band: Band; index: number; words: FigureWords }) {
  return (
    <span className={`band band--${band}`}>
      <span className="band__mark" aria-hidden="true" />
      {words.integer(index)} {words.band(band)}
    </span>
  );
}

type Props = {
  state: FigureState;
  words: FigureWords;
  /** Leave out the mean (when the column shows the index only). */
  indexOnly?: boolean;
};

export function FigureView({ state, words, indexOnly }: Props) {
  switch (state.kind) {
    case 'shown':
      return (
        <span className="figure">
          {!indexOnly && <span className="figure__mean">{words.mean(state.mean)}</span>}
          <BandBadge band={state.band} index={state.index} words={words} />
          <span className="figure__n">n = {words.integer(state.n)}</span>
        </span>
      );
    case 'hidden':
      return <span className="figure figure--none">{words.hidden(state.reason)}</span>;
    case 'suppressed':
      return <span className="figure figure--none">{words.suppressed(state.reason)}</span>;
    case 'empty':
      return (
        <span className="figure figure--none">
          {words.empty}
          {state.n > 0 && <span className="figure__n"> · n = {words.integer(state.n)}</span>}
        </span>
      );
  }
}
