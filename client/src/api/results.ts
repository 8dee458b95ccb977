/**
 * The results and action-plan API: one hook a GET endpoint, one function a
 * change, and the download addresses. Every shape is the server's own type.
 */
import type {
  ActionFollowUp,
  ActionPlan,
  ActionView,
  CreateActionInput,
  UpdateActionInput,
} from '@shared/actions/types';
import type { Language } from '@shared/instrument/text';
import type { CountryResults, RegionResults } from '@shared/results/types';
import { apiPath, apiRequest } from './client';
import { type ApiState, useApi } from './hooks';

const org = (roundId: string, organisationId: string, ...rest: string[]) =>
  apiPath('rounds', roundId, 'organisations', organisationId, ...rest);

export const useRegionResults = (roundId?: string, regionCode?: string): ApiState<RegionResults> =>
  useApi(roundId && regionCode ? apiPath('rounds', roundId, 'regions', regionCode, 'results') : null);
export const useCountryResults = (roundId?: string): ApiState<CountryResults> =>
  useApi(roundId ? apiPath('rounds', roundId, 'results') : null);
export const useActionPlan = (roundId?: string, organisationId?: string): ApiState<ActionPlan> =>
  useApi(roundId && organisationId ? org(roundId, organisationId, 'actions') : null);
export const useFollowUp = (roundId?: string, organisationId?: string): ApiState<ActionFollowUp[]> =>
  useApi(roundId && organisationId ? org(roundId, organisationId, 'follow-up') : null);

export const createAction = (roundId: string, organisationId: string, body: CreateActionInput) =>
  apiRequest<ActionView>(org(roundId, organisationId, 'actions'), { method: 'POST', body });
export const updateAction = (roundId: string, organisationId: string, actionId: string, body: UpdateActionInput) =>
  apiRequest<ActionView>(org(roundId, organisationId, 'actions', actionId), { method: 'PATCH', body });
export const deleteAction = (roundId: string, organisationId: string, actionId: string) =>
  apiRequest<void>(org(roundId, organisationId, 'actions', actionId), { method: 'DELETE' });

const withLang = (path: string, lang: Language) => `${path}?${new URLSearchParams({ lang })}`;

/** Download addresses (plain links: the browser saves the file). */
export const downloads = {
  organisation: (roundId: string, organisationId: string, format: 'csv' | 'xlsx', lang: Language) =>
    withLang(org(roundId, organisationId, `results.${format}`), lang),
  region: (roundId: string, regionCode: string, format: 'csv' | 'xlsx', lang: Language) =>
    withLang(apiPath('rounds', roundId, 'regions', regionCode, `results.${format}`), lang),
  country: (roundId: string, format: 'csv' | 'xlsx', lang: Language) =>
    withLang(apiPath('rounds', roundId, `results.${format}`), lang),
  answers: (roundId: string) => apiPath('rounds', roundId, 'answers.csv'),
  actions: (roundId: string, organisationId: string, lang: Language) =>
    withLang(org(roundId, organisationId, 'actions.csv'), lang),
};
