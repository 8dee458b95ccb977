/** Users and their scopes. Every change is audited in the same transaction. */
import { randomUUID } from 'node:crypto';
import { type Actor, audit } from '../audit/log';
import { hashPassword } from '../auth/password';
import { mailPasswordLink } from '../auth/recovery';
import { destroyUserSessions } from '../auth/sessions';
import type { Role } from '../auth/types';
import { type Db, type Executor, isUniqueViolation, nowIso, toBool } from '../db/knex';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors';
import { LANGUAGES, type Language } from '../instrument/text';
import { type CreateUserBody, scopeProblems, type UpdateUserBody } from './schemas';
import type { UserView } from './types';

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  region_code: string | null;
  disabled: unknown;
  created_at: string;
  language: string;
  password_login: unknown;
  password_hash: string;
  oidc_subject: string | null;
  awaiting_role: unknown;
};

/** The password hash of an account that has none yet (invited) or only signs in through single sign-on. */
export const NO_PASSWORD = '!';

/** An account's password hash by its (lower-case) email, for signing in. */
export async function findCredentials(
  db: Executor,
  email: string,
): Promise<{ id: string; passwordHash: string; disabled: boolean; passwordLogin: boolean } | undefined> {
  const row = await db('users')
    .select('id', 'password_hash', 'disabled', 'password_login', 'awaiting_role')
    .where('email', email)
    .first();
  return (
    row && {
      id: row.id,
      passwordHash: row.password_hash,
      disabled: toBool(row.disabled) || toBool(row.awaiting_role),
      passwordLogin: toBool(row.password_login),
    }
  );
}

async function present(db: Executor, rows: UserRow[]): Promise<UserView[]> {
  const links = await db('user_organisations')
    .whereIn(
      'user_id',
      rows.map((r) => r.id),
    )
    .select('user_id', 'organisation_id');
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    regionCode: r.region_code,
    organisationIds: links
      .filter((l) => l.user_id === r.id)
      .map((l) => String(l.organisation_id))
      .sort(),
    disabled: toBool(r.disabled),
    createdAt: r.created_at,
    language: (LANGUAGES as readonly string[]).includes(r.language) ? (r.language as Language) : 'fi',
    passwordLogin: toBool(r.password_login),
    hasPassword: r.password_hash !== NO_PASSWORD,
    singleSignOn: r.oidc_subject !== null,
    awaitingRole: toBool(r.awaiting_role),
  }));
}

const columns = [
  'id',
  'email',
  'name',
  'role',
  'region_code',
  'disabled',
  'created_at',
  'language',
  'password_login',
  'password_hash',
  'oidc_subject',
  'awaiting_role',
];

export async function listUsers(db: Executor): Promise<UserView[]> {
  return present(db, await db('users').select(columns).orderBy('email'));
}

export async function getUser(db: Executor, id: string): Promise<UserView> {
  const row = await db('users').select(columns).where('id', id).first();
  if (!row) throw new NotFoundError('the user');
  return (await present(db, [row]))[0]!;
}

async function checkTargets(
  db: Executor,
  regionCode: string | null | undefined,
  organisationIds: string[] | undefined,
) {
  if (regionCode && !(await db('regions').where('code', regionCode).first())) {
    throw new ValidationError('unknown region', [
      { path: 'regionCode', code: 'unknown_region', message: `no region ${regionCode}` },
    ]);
  }
  if (organisationIds?.length) {
    const found = await db('organisations').whereIn('id', organisationIds).pluck('id');
    const missing = organisationIds.findIndex((id) => !found.includes(id));
    if (missing >= 0) {
      throw new ValidationError('unknown organisation', [
        { path: `organisationIds[${missing}]`, code: 'unknown_organisation', message: 'no such organisation' },
      ]);
    }
  }
}

/**
 * Adds an account. Through the API the user gets a mailed single-use link to
 * set their password (stored with the account in one transaction); the
 * command line, which has no mail yet, sets the password it was given.
 */
export async function createUser(
  db: Db,
  actor: Actor,
  body: CreateUserBody,
  how: { publicUrl: string } | { password: string },
): Promise<UserView> {
  await checkTargets(db, body.regionCode, body.organisationIds);
  const id = randomUUID();
  const language = body.language ?? 'fi';
  const passwordHash = 'password' in how ? await hashPassword(how.password) : NO_PASSWORD;
  try {
    await db.transaction(async (trx) => {
      await trx('users').insert({
        id,
        email: body.email,
        name: body.name,
        language,
        password_hash: passwordHash,
        role: body.role,
        region_code: body.role === 'coordinator' ? body.regionCode : null,
        disabled: false,
        created_at: nowIso(),
      });
      if (body.role === 'manager' && body.organisationIds?.length) {
        await trx('user_organisations').insert(body.organisationIds.map((o) => ({ user_id: id, organisation_id: o })));
      }
      await audit(trx, actor, 'user.create', { type: 'user', id }, { email: body.email, role: body.role });
      if ('publicUrl' in how) {
        await mailPasswordLink(trx, how.publicUrl, { id, email: body.email, name: body.name, language }, 'invitation');
      }
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('email_taken', 'a user with this email exists already');
    throw err;
  }
  return getUser(db, id);
}

export async function updateUser(db: Db, actor: Actor, id: string, body: UpdateUserBody): Promise<UserView> {
  const current = await getUser(db, id);
  const next = {
    role: body.role ?? current.role,
    regionCode: body.regionCode !== undefined ? body.regionCode : current.regionCode,
    organisationIds: body.organisationIds ?? current.organisationIds,
  };
  const problems = scopeProblems(next);
  if (problems.length > 0) {
    throw new ValidationError(
      'the user would have no scope',
      problems.map((p) => ({ path: p.path.join('.'), message: p.message })),
    );
  }
  await checkTargets(db, next.regionCode, body.organisationIds);
  await db.transaction(async (trx) => {
    await trx('users')
      .where('id', id)
      .update({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.language !== undefined ? { language: body.language } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        ...(body.passwordLogin !== undefined ? { password_login: body.passwordLogin } : {}),
        // Granting a role is what an account created by single sign-on waits for.
        ...(body.role ? { awaiting_role: false } : {}),
        role: next.role,
        region_code: next.role === 'coordinator' ? next.regionCode : null,
      });
    if (body.organisationIds || body.role) {
      await trx('user_organisations').where('user_id', id).delete();
      if (next.role === 'manager') {
        await trx('user_organisations').insert(next.organisationIds.map((o) => ({ user_id: id, organisation_id: o })));
      }
    }
    // A changed role or scope, a disabled account or one that may no longer use its password ends its sessions.
    if (
      body.role ||
      body.regionCode !== undefined ||
      body.organisationIds ||
      body.disabled ||
      body.passwordLogin === false
    ) {
      await destroyUserSessions(trx, id);
    }
    await audit(trx, actor, 'user.update', { type: 'user', id }, { changed: Object.keys(body) });
  });
  return getUser(db, id);
}

/** Mails the user a new single-use link to set their password; earlier links stop working. */
export async function inviteUser(db: Db, actor: Actor, id: string, publicUrl: string): Promise<UserView> {
  const user = await getUser(db, id);
  if (user.disabled) throw new ConflictError('user_disabled', 'a disabled account gets no link; enable it first');
  if (!user.passwordLogin) {
    throw new ConflictError('password_login_off', 'this account signs in only with single sign-on');
  }
  await db.transaction(async (trx) => {
    await mailPasswordLink(trx, publicUrl, user, user.hasPassword ? 'reset' : 'invitation');
    await audit(trx, actor, 'user.invite', { type: 'user', id });
  });
  return user;
}
