/**
 * Drafts: started from an invitation link, saved on every change with a
 * revision number (a save from an older tab is refused, the newer answers
 * stay), continued anywhere with the resume code.
 */
import { type Db, type Executor, isUniqueViolation, nowIso, toNumber } from '../db/knex';
import { AppError, ConflictError, ValidationError } from '../http/errors';
import { type Answers, checkAnswers } from '../instrument/answers';
import { checksum } from '../instruments/checksum';
import { checkGroupFields, presentInvitation, requireOpen, resolveInvitation } from './invitation';
import { hashResumeCode, newResumeCode, normalizeResumeCode } from './resume-code';
import type { SaveDraftBody, StartDraftBody } from './schemas';
import type { DraftView, SaveResult, StartedDraft } from './types';

export type ResponseRow = {
  id: string;
  round_id: string;
  organisation_id: string;
  invitation_token: string | null;
  status: 'draft' | 'submitted';
  revision: number;
  language: string;
  draft_answers: string | null;
  draft_hash: string | null;
  group_name: string | null;
  participants: number | null;
  updated_at: string | null;
  submitted_at: string | null;
};

const notFound = () =>
  new AppError(404, 'resume_code_not_found', 'no answers were found with this code; check the code');

export async function findByResumeCode(db: Executor, input: string): Promise<ResponseRow> {
  const code = normalizeResumeCode(input);
  if (!code) throw notFound();
  const row = await db('responses').where('resume_code_hash', hashResumeCode(code)).first();
  if (!row) throw notFound();
  return { ...row, revision: toNumber(row.revision) };
}

/** The stored answers of a response: the draft's JSON, or the rows once submitted. */
export async function responseAnswers(db: Executor, row: ResponseRow): Promise<Answers> {
  if (row.status === 'draft') return row.draft_answers ? (JSON.parse(row.draft_answers) as Answers) : {};
  const rows = await db('answers')
    .where('response_id', row.id)
    .select('indicator_id', 'value', 'not_applicable', 'text');
  return Object.fromEntries(
    rows.map((r) => [
      r.indicator_id,
      {
        ...(r.value !== null ? { value: toNumber(r.value) } : {}),
        ...(r.not_applicable === true || r.not_applicable === 1 ? { na: true } : {}),
        ...(r.text ? { text: r.text } : {}),
      },
    ]),
  );
}

export async function presentDraft(db: Executor, row: ResponseRow): Promise<DraftView> {
  const invitation = await resolveInvitation(db, row.invitation_token ?? '', { allowRevoked: true });
  return {
    id: row.id,
    status: row.status,
    revision: row.revision,
    language: row.language,
    answers: await responseAnswers(db, row),
    groupName: row.group_name,
    participants: row.participants === null ? null : toNumber(row.participants),
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    invitation: presentInvitation(invitation),
  };
}

export async function startDraft(db: Db, token: string, body: StartDraftBody): Promise<StartedDraft> {
  const invitation = await resolveInvitation(db, token);
  requireOpen(invitation.round);
  const group = checkGroupFields(invitation.mode, body, { required: false });
  if (group.length > 0) throw new ValidationError('the working-group details do not fit this link', group);

  const resumeCode = newResumeCode();
  const now = nowIso();
  const existing = await db('responses').where('id', body.id).first();
  if (existing) {
    // A retried start: the same draft, with a fresh code (the first reply may never have arrived).
    if (existing.invitation_token !== token || existing.status !== 'draft') {
      throw new ConflictError('response_id_taken', 'this response id is in use; generate a new one');
    }
    await db('responses')
      .where('id', body.id)
      .update({ resume_code_hash: hashResumeCode(normalizeResumeCode(resumeCode)!) });
  } else {
    try {
      await db('responses').insert({
        id: body.id,
        round_id: invitation.round.id,
        organisation_id: invitation.organisation.id,
        invitation_token: token,
        status: 'draft',
        language: body.language,
        revision: 0,
        resume_code_hash: hashResumeCode(normalizeResumeCode(resumeCode)!),
        group_name: body.groupName ?? null,
        participants: body.participants ?? null,
        created_at: now,
        updated_at: now,
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('response_id_taken', 'this response id is in use; try again');
      throw err;
    }
  }
  const row = await findByResumeCode(db, resumeCode);
  return { ...(await presentDraft(db, row)), resumeCode };
}

/** Checks that apply to saving and submitting alike. */
export async function checkDraftWrite(db: Executor, row: ResponseRow, body: SaveDraftBody, complete: boolean) {
  const invitation = await resolveInvitation(db, row.invitation_token ?? '', { allowRevoked: true });
  requireOpen(invitation.round);
  const problems = [
    ...checkAnswers(invitation.instrument, body.answers, { complete }),
    ...checkGroupFields(
      invitation.mode,
      {
        groupName: body.groupName ?? row.group_name ?? undefined,
        participants: body.participants ?? row.participants ?? undefined,
      },
      { required: complete },
    ),
  ];
  if (problems.length > 0) throw new ValidationError('some answers are not valid', problems, 'invalid_answers');
  return invitation;
}

export const draftHash = (body: SaveDraftBody) =>
  checksum({ answers: body.answers, groupName: body.groupName ?? null, participants: body.participants ?? null });

export const staleRevision = (current: number) =>
  new ConflictError(
    'stale_revision',
    `newer answers were saved elsewhere (revision ${current}); load them before saving`,
  );

export async function saveDraft(db: Db, code: string, body: SaveDraftBody): Promise<SaveResult> {
  const row = await findByResumeCode(db, code);
  if (row.status === 'submitted')
    throw new ConflictError('already_submitted', 'these answers have been submitted already');
  await checkDraftWrite(db, row, body, false);
  const hash = draftHash(body);
  const savedAt = nowIso();
  const updated = await db('responses')
    .where({ id: row.id, status: 'draft', revision: body.revision })
    .update({
      draft_answers: JSON.stringify(body.answers),
      draft_hash: hash,
      revision: body.revision + 1,
      updated_at: savedAt,
      ...(body.language ? { language: body.language } : {}),
      ...(body.groupName !== undefined ? { group_name: body.groupName } : {}),
      ...(body.participants !== undefined ? { participants: body.participants } : {}),
    });
  if (updated === 1) return { revision: body.revision + 1, savedAt };

  const now = await findByResumeCode(db, code);
  if (now.status === 'submitted')
    throw new ConflictError('already_submitted', 'these answers have been submitted already');
  // The same save again (its reply was lost): already done.
  if (now.revision === body.revision + 1 && now.draft_hash === hash)
    return { revision: now.revision, savedAt: now.updated_at ?? savedAt };
  throw staleRevision(now.revision);
}
