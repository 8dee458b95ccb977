/**
 * Drafts: started from an invitation link, saved on every change with a
 * revision number (a save from an older tab is refused, the newer answers
 * stay), continued anywhere with the resume code.
 */
import { type Db, type Executor, isUniqueViolation, nowIso, readerOf, toNumber } from '../db/knex';
import { readOne } from '../db/quick-read';
import { writeQueue } from '../db/write-queue';
import { AppError, ConflictError, ValidationError } from '../http/errors';
import { type Answers, checkAnswers } from '../instrument/answers';
import { checksum } from '../instruments/checksum';
import { checkGroupFields, presentInvitation, requireOpen, resolveInvitation } from './invitation';
import { hashResumeCode, newResumeCode, normalizeResumeCode } from './resume-code';
import type { SaveDraftBody, StartDraftBody } from './schemas';
import type { ResumeView, SaveResult, StartedDraft } from './types';

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
  /** When the response's round closes: the code stops working a configured time after. */
  round_closes_at: string;
};

const notFound = () =>
  new AppError(404, 'resume_code_not_found', 'no answers were found with this code; check the code');

const responseColumns = [
  'r.id',
  'r.round_id',
  'r.organisation_id',
  'r.invitation_token',
  'r.status',
  'r.revision',
  'r.language',
  'r.draft_answers',
  'r.draft_hash',
  'r.group_name',
  'r.participants',
  'r.updated_at',
  'r.submitted_at',
  'ro.closes_at as round_closes_at',
];

const RESPONSE_SQL = `select ${responseColumns.join(', ')}
  from responses r join rounds ro on ro.id = r.round_id where`;

/** A response with its round's closing time, by id or by the hash of its resume code. */
async function findResponse(
  db: Executor,
  where: { 'r.id': string } | { 'r.resume_code_hash': string },
): Promise<ResponseRow | undefined> {
  const [column, value] = Object.entries(where)[0]!;
  const row = await readOne<ResponseRow>(db, `${RESPONSE_SQL} ${column} = ?`, [value]);
  return row && { ...row, revision: toNumber(row.revision) };
}

/** The response a resume code opens, however old. Routes use `openResumeCode`, which also checks its age. */
export async function findByResumeCode(db: Executor, input: string): Promise<ResponseRow> {
  const code = normalizeResumeCode(input);
  if (!code) throw notFound();
  const row = await findResponse(db, { 'r.resume_code_hash': hashResumeCode(code) });
  if (!row) throw notFound();
  return row;
}

/** Whether a typed code belongs to some response (for the failed-guess limiter: one indexed read). */
export async function resumeCodeExists(db: Executor, input: string): Promise<boolean> {
  const code = normalizeResumeCode(input);
  if (!code) return false;
  return (await db('responses').where('resume_code_hash', hashResumeCode(code)).first('id')) !== undefined;
}

/** The moment a response's resume code stops working: `days` after its round closes. */
export function resumeCodeExpiresAt(roundClosesAt: string, days: number): string {
  return new Date(Date.parse(roundClosesAt) + days * 24 * 60 * 60 * 1000).toISOString();
}

/**
 * The response of a resume code that still works: a code opens the draft,
 * or after submitting the summary and reflections, until `daysAfterClose`
 * days after the round closed (then 410 resume_code_expired).
 */
export async function openResumeCode(
  db: Executor,
  input: string,
  daysAfterClose: number,
  now = new Date(),
): Promise<ResponseRow> {
  const row = await findByResumeCode(db, input);
  if (now.toISOString() >= resumeCodeExpiresAt(row.round_closes_at, daysAfterClose)) {
    throw new AppError(
      410,
      'resume_code_expired',
      `this code stopped working ${daysAfterClose} days after the round closed`,
    );
  }
  return row;
}

/** The response again, after a write that another request may have beaten. */
export async function reloadResponse(db: Executor, row: ResponseRow): Promise<ResponseRow> {
  const now = await findResponse(db, { 'r.id': row.id });
  if (!now) throw notFound();
  return now;
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

/**
 * What a resume code shows: a draft with its answers; once submitted, only
 * that it was (the summary and reflections are separate), never the answers.
 */
export async function presentDraft(db: Executor, row: ResponseRow): Promise<ResumeView> {
  const invitation = await resolveInvitation(db, row.invitation_token ?? '', { allowRevoked: true });
  if (row.status === 'submitted') {
    return {
      status: 'submitted',
      language: row.language,
      submittedAt: row.submitted_at ?? '',
      invitation: presentInvitation(invitation),
    };
  }
  return {
    id: row.id,
    status: 'draft',
    revision: row.revision,
    language: row.language,
    answers: await responseAnswers(db, row),
    groupName: row.group_name,
    participants: row.participants === null ? null : toNumber(row.participants),
    updatedAt: row.updated_at,
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
    await writeQueue(db).write([
      {
        update: 'responses',
        where: { id: body.id },
        set: { resume_code_hash: hashResumeCode(normalizeResumeCode(resumeCode)!) },
      },
    ]);
  } else {
    try {
      // In the group commit with other requests' writes: on SQLite the writer thread's, never the event loop's.
      await writeQueue(db).insert([
        [
          'responses',
          [
            {
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
            },
          ],
        ],
      ]);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('response_id_taken', 'this response id is in use; try again');
      throw err;
    }
  }
  const view = await presentDraft(db, await findByResumeCode(db, resumeCode));
  if (view.status !== 'draft') throw new ConflictError('response_id_taken', 'this response id is in use; try again');
  return { ...view, resumeCode };
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

/** Saves a draft's answers; `row` is the response its resume code opened. */
export async function saveDraft(db: Db, row: ResponseRow, body: SaveDraftBody): Promise<SaveResult> {
  if (row.status === 'submitted')
    throw new ConflictError('already_submitted', 'these answers have been submitted already');
  await checkDraftWrite(readerOf(db), row, body, false);
  const hash = draftHash(body);
  const savedAt = nowIso();
  // Saved in a group commit with other requests' writes (db/write-queue.ts).
  const updated = await writeQueue(db).write([
    {
      update: 'responses',
      where: { id: row.id, status: 'draft', revision: body.revision },
      set: {
        draft_answers: JSON.stringify(body.answers),
        draft_hash: hash,
        revision: body.revision + 1,
        updated_at: savedAt,
        ...(body.language ? { language: body.language } : {}),
        ...(body.groupName !== undefined ? { group_name: body.groupName } : {}),
        ...(body.participants !== undefined ? { participants: body.participants } : {}),
      },
    },
  ]);
  if (updated === 1) return { revision: body.revision + 1, savedAt };

  const now = await reloadResponse(db, row);
  if (now.status === 'submitted')
    throw new ConflictError('already_submitted', 'these answers have been submitted already');
  // The same save again (its reply was lost): already done.
  if (now.revision === body.revision + 1 && now.draft_hash === hash)
    return { revision: now.revision, savedAt: now.updated_at ?? savedAt };
  throw staleRevision(now.revision);
}
