import type { Executor } from '../db/knex';
import { NotFoundError } from '../http/errors';
import { presentRound } from '../rounds/present';
import { findRound, findRoundOrganisation, roundInstrument } from '../rounds/queries';
import { presentResults } from './present';
import { countSubmitted, groupFigures, indicatorCounts } from './queries';
import type { OrganisationResults } from './types';

/**
 * One organisation's results in a round. Below the round's minimum group size
 * no figure leaves the server (anonymity), only the count of responses.
 */
export async function organisationResults(
  db: Executor,
  roundId: string,
  organisationId: string,
): Promise<OrganisationResults> {
  const round = await findRound(db, roundId);
  if (!round) throw new NotFoundError('the round');
  const organisation = await findRoundOrganisation(db, roundId, organisationId);
  if (!organisation) throw new NotFoundError('the organisation in this round');

  const instrument = await roundInstrument(db, round);
  const scope = { roundId, organisationId };
  const { responses, participants } = await countSubmitted(db, scope);
  const suppressed = responses < round.min_group_size;
  const base = {
    round: presentRound(round, instrument),
    organisation,
    responses,
    participants: suppressed ? null : participants,
    minGroupSize: round.min_group_size,
    suppressed,
  };
  if (suppressed) return { ...base, areas: [] };

  const [counts, standards, areas] = await Promise.all([
    indicatorCounts(db, scope),
    groupFigures(db, scope, 'standard_id'),
    groupFigures(db, scope, 'area_id'),
  ]);
  return { ...base, areas: presentResults(instrument, counts, standards, areas) };
}
