/**
 * Participation while a round runs: per organisation the submitted responses,
 * the people behind them, the working groups and the drafts, against the
 * minimum. Only counts of responses are read (one indexed GROUP BY); a
 * draft's answers are never touched.
 */
import type { SessionUser } from '../auth/types';
import { type Executor, toNumber } from '../db/knex';
import { presentRegion } from '../organisations/queries';
import type { OrganisationSummary } from '../organisations/types';
import { peopleOf } from '../results/rollups';
import { loadRound } from '../results/service';
import { presentRound } from '../rounds/present';
import { roundOrganisations } from '../rounds/queries';
import type { InvitationMode } from '../rounds/types';
import {
  type Participation,
  type ParticipationCounts,
  type ParticipationRow,
  type ParticipationTotal,
  REMINDER_DAYS,
} from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
const none = (): ParticipationCounts => ({ submitted: 0, groups: 0, people: 0, drafts: 0 });

/** Submitted and draft responses of every organisation of the round, counted. */
async function countResponses(db: Executor, roundId: string): Promise<Map<string, ParticipationCounts>> {
  const rows: { organisation_id: string; status: string; participants: unknown; n: unknown }[] = await db('responses')
    .select('organisation_id', 'status', 'participants', db.raw('count(*) as n'))
    .where('round_id', roundId)
    .groupBy('organisation_id', 'status', 'participants');
  const out = new Map<string, ParticipationCounts>();
  for (const r of rows) {
    const c = out.get(String(r.organisation_id)) ?? none();
    const n = toNumber(r.n);
    const participants = r.participants === null ? null : toNumber(r.participants);
    if (r.status === 'submitted') {
      c.submitted += n;
      if (participants !== null) c.groups += n;
      c.people += n * peopleOf(participants);
    } else c.drafts += n;
    out.set(String(r.organisation_id), c);
  }
  return out;
}

async function currentInvitations(db: Executor, roundId: string) {
  const rows: { organisation_id: string; token: string; mode: InvitationMode }[] = await db('invitations')
    .select('organisation_id', 'token', 'mode')
    .where('round_id', roundId)
    .whereNull('revoked_at');
  return new Map(rows.map((r) => [r.organisation_id, { token: r.token, mode: r.mode }]));
}

/** Whole days until `closesAt`, rounded up; 0 once it has passed. */
export function daysLeft(closesAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(closesAt) - now.getTime()) / DAY_MS));
}

function addUp(rows: ParticipationCounts[], minimum: number): ParticipationTotal {
  const total: ParticipationTotal = { ...none(), organisations: rows.length, reached: 0 };
  for (const r of rows) {
    total.submitted += r.submitted;
    total.groups += r.groups;
    total.people += r.people;
    total.drafts += r.drafts;
    if (r.people >= minimum) total.reached += 1;
  }
  return total;
}

function visibleTo(user: SessionUser, o: OrganisationSummary): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'coordinator') return o.regionCode === user.regionCode;
  return user.organisationIds.includes(o.id);
}

/** The round's participation as the viewer may see it: their organisations, their regions' and the round's totals. */
export async function roundParticipation(
  db: Executor,
  roundId: string,
  user: SessionUser,
  now = new Date(),
): Promise<Participation> {
  const { round, instrument } = await loadRound(db, roundId);
  const [organisations, counts, invitations] = await Promise.all([
    roundOrganisations(db, roundId),
    countResponses(db, roundId),
    currentInvitations(db, roundId),
  ]);
  const minimum = round.min_group_size;
  const summary = presentRound(round, instrument, now);
  const left = daysLeft(round.closes_at, now);
  const rows = organisations.map((organisation): ParticipationRow => {
    const c = counts.get(organisation.id) ?? none();
    const missing = Math.max(0, minimum - c.people);
    return {
      organisation,
      ...c,
      missing,
      reached: missing === 0,
      flagged: summary.status === 'open' && missing > 0 && left <= REMINDER_DAYS,
      invitation: invitations.get(organisation.id) ?? null,
    };
  });
  const mine = rows.filter((r) => visibleTo(user, r.organisation));
  const regionCodes = [...new Set(mine.map((r) => r.organisation.regionCode))];
  const regionRows = regionCodes.length === 0 ? [] : await db('regions').whereIn('code', regionCodes).orderBy('code');
  return {
    round: summary,
    minGroupSize: minimum,
    daysLeft: left,
    organisations: mine,
    regions: regionRows.map((g) => ({
      region: presentRegion(g),
      ...addUp(
        rows.filter((r) => r.organisation.regionCode === g.code),
        minimum,
      ),
    })),
    total: addUp(rows, minimum),
    readAt: now.toISOString(),
  };
}
