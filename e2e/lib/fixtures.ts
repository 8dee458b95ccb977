/**
 * What the page sweep needs that a journey would take minutes to make in the
 * browser: a draft to show and a submitted response, made through the API.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_ORGANISATIONS, DEMO_ROUND_ID, DEMO_USERS, generateAnswers, prng } from '../../seeds/demo';
import { ratingIndicators } from './survey';

async function api<T>(baseUrl: string, method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}/api${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function startDraft(baseUrl: string, token: string): Promise<string> {
  const started = await api<{ resumeCode: string }>(baseUrl, 'POST', `/invitations/${token}/drafts`, {
    id: randomUUID(),
    language: 'fi',
  });
  return started.resumeCode;
}

/** Route parameters for the sweep: the demo round, organisation, region, user and two resume codes. */
export async function sweepParams(baseUrl: string, instrument: { id: string; version: string }) {
  const draftCode = await startDraft(baseUrl, 'demo-5');
  const doneCode = await startDraft(baseUrl, 'demo-6');
  const answers = generateAnswers(ratingIndicators(), { min: 1, max: 5 }, 0, prng(7));
  await api(baseUrl, 'POST', `/drafts/${doneCode}/submit`, { revision: 0, answers });
  return {
    byRoute: {
      // r/:code is the survey; r/:code/done the thank-you page of a submitted response.
      'r/:code': { code: draftCode },
      'r/:code/done': { code: doneCode },
    } as Record<string, Record<string, string>>,
    common: {
      token: 'demo-4',
      roundId: DEMO_ROUND_ID,
      organisationId: DEMO_ORGANISATIONS[0]!.id,
      regionCode: DEMO_ORGANISATIONS[0]!.regionCode,
      userId: DEMO_USERS[1].id,
      instrumentId: instrument.id,
      version: instrument.version,
    } as Record<string, string>,
  };
}
