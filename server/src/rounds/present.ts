import { toBool } from '../db/knex';
import { presentName } from '../db/names';
import type { Instrument, LocalizedText } from '../instrument/schema';
import { isLanguage } from '../instrument/text';
import type { RoundRow } from './queries';
import type { RoundStatus, RoundSummary } from './types';

export function roundStatus(round: Pick<RoundRow, 'opens_at' | 'closes_at'>, now = new Date()): RoundStatus {
  const iso = now.toISOString();
  if (iso < round.opens_at) return 'upcoming';
  if (iso >= round.closes_at) return 'closed';
  return 'open';
}

/** The round as the API shows it; `instrument` gives the instrument's title. */
export function presentRound(row: RoundRow, instrument: Pick<Instrument, 'title'>, now = new Date()): RoundSummary {
  return {
    id: row.id,
    name: presentName(row),
    instrumentId: row.instrument_id,
    instrumentTitle: instrument.title,
    instrumentVersion: row.version,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    status: roundStatus(row, now),
    minGroupSize: row.min_group_size,
    minTextGroupSize: row.min_text_group_size ?? null,
    shareGroupAnswers: toBool(row.share_group_answers),
    introduction: row.introduction ? (JSON.parse(row.introduction) as LocalizedText) : null,
    videoUrl: row.video_url,
    regionCode: row.region_code,
    language: isLanguage(row.language) ? row.language : null,
  };
}
