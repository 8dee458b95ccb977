/** Signed-in test clients: a supertest agent that keeps the cookie and sends the CSRF token. */
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { SESSION_COOKIE } from '../auth/middleware';
import { hashPassword } from '../auth/password';
import { createSession } from '../auth/sessions';
import type { Role } from '../auth/types';
import { type Db, nowIso } from '../db/knex';

export const TEST_PASSWORD = 'correct horse battery staple';
let hash: Promise<string> | undefined;

export async function buildUser(
  db: Db,
  role: Role,
  scope: { regionCode?: string; organisationIds?: string[] } = {},
  overrides: { email?: string; disabled?: boolean } = {},
) {
  hash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  const email = overrides.email ?? `${role}-${id.slice(0, 8)}@test.example`;
  await db('users').insert({
    id,
    email,
    name: `Test ${role}`,
    password_hash: await hash,
    role,
    region_code: role === 'coordinator' ? (scope.regionCode ?? '11') : null,
    disabled: overrides.disabled ?? false,
    created_at: nowIso(),
  });
  for (const organisationId of role === 'manager' ? (scope.organisationIds ?? []) : []) {
    await db('user_organisations').insert({ user_id: id, organisation_id: organisationId });
  }
  return { id, email };
}

export type Client = { agent: ReturnType<typeof request.agent>; csrf: string; userId: string };

/** Signs in through the API and returns an agent whose changes carry the CSRF token. */
export async function signIn(app: Express, email: string, password = TEST_PASSWORD): Promise<Client> {
  const agent = request.agent(app);
  const res = await agent.post('/api/session').send({ email, password });
  if (res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { agent, csrf: res.body.csrfToken, userId: res.body.user.id };
}

/** A change as this client: the method with its CSRF token, and the body when there is one. */
export function send(client: Client, method: 'post' | 'put' | 'patch' | 'delete', url: string, body?: unknown) {
  const req = client.agent[method](url).set('X-CSRF-Token', client.csrf);
  return body === undefined ? req : req.send(body as object);
}

export async function signInAs(app: Express, db: Db, role: Role, scope: Parameters<typeof buildUser>[2] = {}) {
  const user = await buildUser(db, role, scope);
  return signIn(app, user.email);
}

/**
 * A signed-in reader without the sign-in round trip (no password hashing):
 * for tests that need many accounts and only read.
 */
export async function readerAs(app: Express, db: Db, role: Role, scope: Parameters<typeof buildUser>[2] = {}) {
  const user = await buildUser(db, role, scope);
  const { token } = await createSession(db, user.id);
  return (path: string) => request(app).get(path).set('Cookie', `${SESSION_COOKIE}=${token}`);
}
