/** Resolving an invitation link to its round, organisation and instrument. */
import type { Executor } from '../db/knex';
import { AppError } from '../http/errors';
import type { Instrument } from '../instrument/schema';
import { findOrganisation } from '../organisations/queries';
import type { OrganisationSummary } from '../organisations/types';
import { presentRound, roundStatus } from '../rounds/present';
import { findRound, type RoundRow, roundInstrument } from '../rounds/queries';
import type { InvitationMode } from '../rounds/types';
import type { InvitationInfo } from './types';

export type ResolvedInvitation = {
  token: string;
  mode: InvitationMode;
  round: RoundRow;
  organisation: OrganisationSummary;
  instrument: Instrument;
};

type CachedInvitation = Omit<ResolvedInvitation, 'token'> & { revoked: boolean; until: number };

/**
 * Invitation → round, organisation and instrument, kept for a few seconds:
 * every autosave and submit resolves its link, and a seminar hall shares a
 * few links. A change to a round, an invitation, an organisation or a region
 * in this process clears the cache at once (`forgetInvitations`); another
 * server process sees it within INVITATION_CACHE_MS.
 */
export const INVITATION_CACHE_MS = 3000;
const INVITATION_CACHE_SIZE = 10_000;
const invitations = new Map<string, CachedInvitation>();

/** After any change to rounds, invitations, organisations or regions. */
export function forgetInvitations(): void {
  invitations.clear();
}

async function loadInvitation(db: Executor, token: string): Promise<CachedInvitation | undefined> {
  const cached = invitations.get(token);
  if (cached && cached.until > Date.now()) return cached;
  const row = await db('invitations').where('token', token).first();
  if (!row) return undefined;
  const round = await findRound(db, row.round_id);
  const organisation = await findOrganisation(db, row.organisation_id);
  if (!round || !organisation) return undefined;
  const loaded: CachedInvitation = {
    mode: row.mode,
    revoked: Boolean(row.revoked_at),
    round,
    organisation,
    instrument: await roundInstrument(db, round),
    until: Date.now() + INVITATION_CACHE_MS,
  };
  if (invitations.size >= INVITATION_CACHE_SIZE) invitations.clear();
  invitations.set(token, loaded);
  return loaded;
}

/**
 * The invitation of a token. A replaced link is refused for new answers, but a
 * draft started with it goes on (`allowRevoked`): nobody loses their work.
 */
export async function resolveInvitation(
  db: Executor,
  token: string,
  { allowRevoked = false } = {},
): Promise<ResolvedInvitation> {
  const inv = await loadInvitation(db, token);
  if (!inv) throw new AppError(404, 'invitation_not_found', 'this link is not valid; check that it was copied whole');
  if (inv.revoked && !allowRevoked) {
    throw new AppError(
      410,
      'invitation_revoked',
      'this link has been replaced by a new one; ask your contact person for it',
    );
  }
  return { token, mode: inv.mode, round: inv.round, organisation: inv.organisation, instrument: inv.instrument };
}

/** Whether a token belongs to some invitation, replaced ones included (for the failed-guess limiter). */
export async function invitationExists(db: Executor, token: string): Promise<boolean> {
  return (await db('invitations').where('token', token).first('token')) !== undefined;
}

export function presentInvitation(inv: ResolvedInvitation): InvitationInfo {
  const round = presentRound(inv.round, inv.instrument);
  return {
    mode: inv.mode,
    language: round.language ?? inv.organisation.language,
    round,
    organisation: inv.organisation,
    instrument: inv.instrument,
  };
}

/** Answers are taken only while the round is open. */
export function requireOpen(round: RoundRow, now = new Date()): void {
  const status = roundStatus(round, now);
  if (status === 'upcoming') {
    throw new AppError(409, 'round_not_open', `the round opens on ${round.opens_at.slice(0, 10)}`);
  }
  if (status === 'closed')
    throw new AppError(409, 'round_closed', `the round closed on ${round.closes_at.slice(0, 10)}`);
}

/** A working-group link needs the group's name and size; an individual link takes neither. */
export function checkGroupFields(
  mode: InvitationMode,
  body: { groupName?: string; participants?: number },
  { required }: { required: boolean },
): { path: string; code: string; message: string }[] {
  if (mode === 'individual') {
    return body.groupName !== undefined || body.participants !== undefined
      ? [{ path: 'groupName', code: 'not_a_group_link', message: 'this link is for individual answers' }]
      : [];
  }
  if (!required) return [];
  return [
    ...(body.groupName
      ? []
      : [{ path: 'groupName', code: 'group_name_missing', message: "give the working group's name" }]),
    ...(body.participants
      ? []
      : [{ path: 'participants', code: 'participants_missing', message: 'give the number of participants' }]),
  ];
}
