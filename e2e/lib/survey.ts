/** Facts about the shipped ELO instrument that the journeys rely on, read from its file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export const ELO_FILE = path.join(ROOT, 'instruments', 'elo-quality', '1.0.0.json');

type IndicatorFile = { id: string; kind: string; question: Record<string, string> };
type InstrumentFile = {
  title: Record<string, string>;
  areas: { id: string; standards: { indicators: IndicatorFile[] }[] }[];
};

export function readElo(): InstrumentFile & Record<string, unknown> {
  return JSON.parse(readFileSync(ELO_FILE, 'utf8'));
}

/** The rating indicators, in the order the survey shows them. */
export function ratingIndicators(): string[] {
  return readElo().areas.flatMap((a) =>
    a.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id)),
  );
}

export const AREA_COUNT = readElo().areas.length;
