import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
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

/**
 * A respondent through an organisation's link: a draft, then submitted with every rating
 * scored 3 and `text` (if any) on `indicator`; returns the resume code.
 */
export async function respondThroughLink(
  app: Express,
  instrument: Instrument,
  token: string,
  text: { indicator: string; text: string } | null,
  group?: { groupName: string; participants: number },
): Promise<string> {
  const draft = await request(app)
    .post(`/api/invitations/${token}/drafts`)
    .send({ id: randomUUID(), language: 'fi', ...group })
    .expect(201);
  const answers = completeAnswers(instrument, 3);
  if (text) answers[text.indicator] = { value: 3, text: text.text };
  await request(app)
    .post(`/api/drafts/${draft.body.resumeCode}/submit`)
    .send({ revision: draft.body.revision, answers, ...group })
    .expect(201);
  return draft.body.resumeCode as string;
}
