/**
 * The client's calls are built from the contract: the address, the method,
 * the body only where the endpoint takes one, 204 as undefined, and every
 * failure as an ApiError with the server's code. The @ts-expect-error lines
 * run through the typechecker: a call without its endpoint's input does not compile.
 */
import { api } from '@shared/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiCall, apiHref, setCsrfToken, setUnauthorizedListener } from './client';

type Sent = { url: string; init: RequestInit };

function answer(status: number, body?: unknown): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
});

describe('apiHref', () => {
  it('fills and encodes the path parameters and keeps only the given query values', () => {
    const href = apiHref(api.regionResultsFile, {
      params: { roundId: 'a/b c', regionCode: '11', format: 'xlsx' },
      query: { lang: 'sv' },
    });
    expect(href).toBe('/api/rounds/a%2Fb%20c/regions/11/results.xlsx?lang=sv');
    expect(apiHref(api.audit, { query: { limit: 50, before: undefined } })).toBe('/api/audit?limit=50');
    expect(apiHref(api.rounds)).toBe('/api/rounds');
  });
});

describe('apiCall', () => {
  it('sends the method, the CSRF token and the JSON body of an endpoint that takes one', async () => {
    const sent = answer(201, { id: 'x' });
    setCsrfToken('token-1');
    const body = { name: { fi: 'Ohjaamo' }, regionCode: '11' };
    await expect(apiCall(api.createOrganisation, { body })).resolves.toEqual({ id: 'x' });
    expect(sent[0]!.url).toBe('/api/organisations');
    expect(sent[0]!.init).toMatchObject({ method: 'POST', body: JSON.stringify(body) });
    expect(sent[0]!.init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-CSRF-Token': 'token-1' });
  });

  it('sends no body where the endpoint takes none, and resolves a 204 to undefined', async () => {
    const sent = answer(204);
    await expect(apiCall(api.deleteDraft, { params: { instrumentId: 'elo', version: '1.0.0' } })).resolves.toBe(
      undefined,
    );
    expect(sent[0]!.init).toMatchObject({ method: 'DELETE', body: undefined });
    expect(sent[0]!.url).toBe('/api/instruments/elo/versions/1.0.0');
  });

  it('turns an error body into an ApiError with the status, code and path; tells of a 401 but the session’s own', async () => {
    const told: ApiError[] = [];
    const stop = setUnauthorizedListener((e) => told.push(e));
    answer(400, { error: { code: 'validation_failed', message: 'no', path: 'params.roundId' } });
    const error = await apiCall(api.round, { params: { roundId: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', path: 'params.roundId' });
    answer(401, { error: { code: 'session_expired', message: 'gone' } });
    await apiCall(api.rounds).catch(() => undefined);
    await apiCall(api.session).catch(() => undefined);
    expect(told.map((e) => e.code)).toEqual(['session_expired']);
    stop();
  });

  it('does not compile without the input its endpoint declares', () => {
    answer(200, {});
    expect(() =>
      // @ts-expect-error the round's id is missing
      apiCall(api.round),
    ).toThrow(/no value for the path parameter :roundId/);
    // @ts-expect-error a body of another shape
    void apiCall(api.createOrganisation, { body: { title: 'x' } }).catch(() => undefined);
    // @ts-expect-error a query key the endpoint does not take
    apiHref(api.audit, { query: { lang: 'fi' } });
  });
});
