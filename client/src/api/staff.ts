/**
 * The staff API: one hook a GET endpoint (on top of useApi) and one function
 * a change. Every shape, request bodies included, is the server's own type
 * from the shared surface (@shared/<feature>/types).
 */
import type { AuditEntry } from '@shared/audit/types';
import type {
  InstrumentCheck,
  InstrumentDiffView,
  InstrumentVersionSummary,
  InstrumentVersionView,
} from '@shared/instruments/types';
import type {
  CreateOrganisationInput,
  OrganisationSummary,
  RegionView,
  UpdateOrganisationInput,
  UpdateRegionInput,
} from '@shared/organisations/types';
import type { Reflections } from '@shared/responses/types';
import type {
  CreateRoundInput,
  InvitationMode,
  InvitationView,
  RoundDetail,
  RoundRules,
  UpdateRoundInput,
} from '@shared/rounds/types';
import type { CreateUserInput, UpdateUserInput, UserView } from '@shared/users/types';
import { apiPath, apiRequest } from './client';
import { type ApiState, useApi } from './hooks';

// Reads

export const useUsers = (): ApiState<UserView[]> => useApi(apiPath('users'));
export const useUser = (userId: string | undefined): ApiState<UserView> =>
  useApi(userId ? apiPath('users', userId) : null);
export const useRegions = (): ApiState<RegionView[]> => useApi(apiPath('regions'));
export const useOrganisations = (): ApiState<OrganisationSummary[]> => useApi(apiPath('organisations'));
export const useInvitations = (roundId: string | undefined): ApiState<InvitationView[]> =>
  useApi(roundId ? apiPath('rounds', roundId, 'invitations') : null);
/** Only for administrators and coordinators: pass null otherwise. */
export const useReflections = (roundId: string | null): ApiState<Reflections> =>
  useApi(roundId ? apiPath('rounds', roundId, 'reflections') : null);
export const useInstrumentVersions = (): ApiState<InstrumentVersionSummary[]> => useApi(apiPath('instruments'));
/** The configured minimum-group-size floor and default, for the round forms (administrators and coordinators). */
export const useRoundRules = (enabled = true): ApiState<RoundRules> => useApi(enabled ? apiPath('round-rules') : null);

function versionPath(instrumentId: string, version: string, ...rest: string[]): string {
  return apiPath('instruments', instrumentId, 'versions', version, ...rest);
}

export const useInstrumentVersion = (
  instrumentId: string | undefined,
  version: string | null | undefined,
): ApiState<InstrumentVersionView> => useApi(instrumentId && version ? versionPath(instrumentId, version) : null);
export const useInstrumentDiff = (instrumentId: string | undefined, version: string | undefined) =>
  useApi<InstrumentDiffView>(instrumentId && version ? versionPath(instrumentId, version, 'diff') : null);

/** The audit log, newest first: `limit` entries older than the entry `before`. */
export function fetchAudit(limit: number, before?: number): Promise<AuditEntry[]> {
  const query = new URLSearchParams({ limit: String(limit), ...(before ? { before: String(before) } : {}) });
  return apiRequest<AuditEntry[]>(`${apiPath('audit')}?${query}`);
}

/** Where the reflections of a round download as CSV, in a language. */
export const reflectionsCsvPath = (roundId: string, lang: string) =>
  `${apiPath('rounds', roundId, 'reflections.csv')}?${new URLSearchParams({ lang })}`;

// Changes

export const createUser = (body: CreateUserInput) => apiRequest<UserView>(apiPath('users'), { method: 'POST', body });
export const updateUser = (userId: string, body: UpdateUserInput) =>
  apiRequest<UserView>(apiPath('users', userId), { method: 'PATCH', body });

export const updateRegion = (code: string, name: UpdateRegionInput['name']) =>
  apiRequest<RegionView>(apiPath('regions', code), { method: 'PUT', body: { name } });
export const createOrganisation = (body: CreateOrganisationInput) =>
  apiRequest<OrganisationSummary>(apiPath('organisations'), { method: 'POST', body });
export const updateOrganisation = (organisationId: string, body: UpdateOrganisationInput) =>
  apiRequest<OrganisationSummary>(apiPath('organisations', organisationId), { method: 'PATCH', body });

export const createRound = (body: CreateRoundInput) =>
  apiRequest<RoundDetail>(apiPath('rounds'), { method: 'POST', body });
export const updateRound = (roundId: string, body: UpdateRoundInput) =>
  apiRequest<RoundDetail>(apiPath('rounds', roundId), { method: 'PATCH', body });
/** A new link for the organisation; the old one stops working at once. */
export const regenerateInvitation = (roundId: string, organisationId: string, mode: InvitationMode) =>
  apiRequest<InvitationView>(apiPath('rounds', roundId, 'organisations', organisationId, 'invitation'), {
    method: 'POST',
    body: { mode },
  });

export const checkInstrument = (document: unknown) =>
  apiRequest<InstrumentCheck>(apiPath('instruments', 'check'), { method: 'POST', body: document });
export const importInstrument = (document: unknown) =>
  apiRequest<InstrumentVersionView>(apiPath('instruments'), { method: 'POST', body: document });
export const publishVersion = (instrumentId: string, version: string) =>
  apiRequest<InstrumentVersionView>(versionPath(instrumentId, version, 'publish'), { method: 'POST' });
export const retireVersion = (instrumentId: string, version: string) =>
  apiRequest<InstrumentVersionView>(versionPath(instrumentId, version, 'retire'), { method: 'POST' });
export const deleteDraft = (instrumentId: string, version: string) =>
  apiRequest<void>(versionPath(instrumentId, version), { method: 'DELETE' });
