import { type Db, nowIso } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { newInvitationToken } from '../rounds/service';
import type { InvitationMode } from '../rounds/types';

export async function buildInvitation(
  db: Db,
  roundId: string,
  organisationId: string,
  mode: InvitationMode = 'individual',
) {
  const token = newInvitationToken();
  await db('invitations').insert({
    token,
    round_id: roundId,
    organisation_id: organisationId,
    mode,
    created_at: nowIso(),
  });
  return token;
}

/** A complete, valid set of answers: every rating indicator scored `value`. */
export function completeAnswers(
  instrument: Instrument,
  value = 4,
): Record<string, { value?: number; na?: boolean; text?: string }> {
  return Object.fromEntries(
    flattenIndicators(instrument)
      .filter((e) => e.indicator.kind === 'rating')
      .map((e) => [e.indicator.id, { value }]),
  );
}
