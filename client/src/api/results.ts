/**
 * The results and action-plan API: one hook a GET endpoint, one function a
 * change, and the download addresses, all built from the contract.
 */
import type { CreateActionInput, UpdateActionInput } from '@shared/actions/types';
import { api } from '@shared/contract';
import type { Language } from '@shared/instrument/text';
import { apiCall, apiHref } from './client';
import { useApi } from './hooks';

type Format = 'csv' | 'xlsx';

export const useResults = (roundId?: string, organisationId?: string) =>
  useApi(api.organisationResults, roundId && organisationId ? { params: { roundId, organisationId } } : null);
export const useRegionResults = (roundId?: string, regionCode?: string) =>
  useApi(api.regionResults, roundId && regionCode ? { params: { roundId, regionCode } } : null);
export const useCountryResults = (roundId?: string) =>
  useApi(api.countryResults, roundId ? { params: { roundId } } : null);
export const useActionPlan = (roundId?: string, organisationId?: string) =>
  useApi(api.actionPlan, roundId && organisationId ? { params: { roundId, organisationId } } : null);
export const useFollowUp = (roundId?: string, organisationId?: string) =>
  useApi(api.followUp, roundId && organisationId ? { params: { roundId, organisationId } } : null);

export const createAction = (roundId: string, organisationId: string, body: CreateActionInput) =>
  apiCall(api.createAction, { params: { roundId, organisationId }, body });
export const updateAction = (roundId: string, organisationId: string, actionId: string, body: UpdateActionInput) =>
  apiCall(api.updateAction, { params: { roundId, organisationId, actionId }, body });
export const deleteAction = (roundId: string, organisationId: string, actionId: string) =>
  apiCall(api.deleteAction, { params: { roundId, organisationId, actionId } });

/** Download addresses (plain links: the browser saves the file). */
export const downloads = {
  organisation: (roundId: string, organisationId: string, format: Format, lang: Language) =>
    apiHref(api.organisationResultsFile, { params: { roundId, organisationId, format }, query: { lang } }),
  region: (roundId: string, regionCode: string, format: Format, lang: Language) =>
    apiHref(api.regionResultsFile, { params: { roundId, regionCode, format }, query: { lang } }),
  country: (roundId: string, format: Format, lang: Language) =>
    apiHref(api.countryResultsFile, { params: { roundId, format }, query: { lang } }),
  answers: (roundId: string, lang: Language) => apiHref(api.rawAnswers, { params: { roundId }, query: { lang } }),
  actions: (roundId: string, organisationId: string, lang?: Language) =>
    apiHref(api.actionPlanCsv, { params: { roundId, organisationId }, query: { lang } }),
};
