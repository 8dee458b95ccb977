/**
 * The staff API: one hook a GET endpoint (on top of useApi) and one function
 * a change, all built from the contract (@shared/contract), so every path and
 * shape is the server's own.
 */
import { api } from '@shared/contract';
import type { Language } from '@shared/instrument/text';
import type { CreateInstrumentDraftInput, SaveInstrumentDraftInput } from '@shared/instruments/types';
import type { CreateOrganisationInput, UpdateOrganisationInput, UpdateRegionInput } from '@shared/organisations/types';
import { PARTICIPATION_POLL_MS } from '@shared/participation/types';
import type { CreateRoundInput, InvitationMode, UpdateRoundInput } from '@shared/rounds/types';
import type { CreateUserInput, UpdateUserInput } from '@shared/users/types';
import { apiCall, apiHref } from './client';
import { useApi } from './hooks';

// Reads

export const useUsers = () => useApi(api.users, {});
export const useUser = (userId: string | undefined) => useApi(api.user, userId ? { params: { userId } } : null);
export const useRegions = () => useApi(api.regions, {});
export const useOrganisations = () => useApi(api.organisations, {});
/** One organisation with its contact for round mail. */
export const useOrganisation = (organisationId: string | undefined) =>
  useApi(api.organisation, organisationId ? { params: { organisationId } } : null);
export const useRounds = () => useApi(api.rounds, {});
export const useRound = (roundId: string | undefined) => useApi(api.round, roundId ? { params: { roundId } } : null);
export const useInvitations = (roundId: string | undefined) =>
  useApi(api.invitations, roundId ? { params: { roundId } } : null);
/** Only for administrators and coordinators: pass null otherwise. */
export const useReflections = (roundId: string | null) =>
  useApi(api.roundReflections, roundId ? { params: { roundId } } : null);
/** The round's participation, asked again every PARTICIPATION_POLL_MS while the page is open. */
export const useParticipation = (roundId: string | undefined) =>
  useApi(api.participation, roundId ? { params: { roundId } } : null, { pollMs: PARTICIPATION_POLL_MS });
export const useInstrumentVersions = () => useApi(api.instrumentVersions, {});
/** The configured minimum-group-size floor and default, for the round forms (administrators and coordinators). */
export const useRoundRules = (enabled = true) => useApi(api.roundRules, enabled ? {} : null);

export const useInstrumentVersion = (instrumentId: string | undefined, version: string | null | undefined) =>
  useApi(api.instrumentVersion, instrumentId && version ? { params: { instrumentId, version } } : null);
export const useInstrumentDiff = (instrumentId: string | undefined, version: string | undefined) =>
  useApi(api.instrumentDiff, instrumentId && version ? { params: { instrumentId, version } } : null);

/** The audit log, newest first: `limit` entries older than the entry `before`. */
export const fetchAudit = (limit: number, before?: number) => apiCall(api.audit, { query: { limit, before } });

/** Where the reflections of a round download as CSV, in a language. */
export const reflectionsCsvPath = (roundId: string, lang: Language) =>
  apiHref(api.roundReflectionsCsv, { params: { roundId }, query: { lang } });

// Changes

export const createUser = (body: CreateUserInput) => apiCall(api.createUser, { body });
export const updateUser = (userId: string, body: UpdateUserInput) =>
  apiCall(api.updateUser, { params: { userId }, body });
export const inviteUser = (userId: string) => apiCall(api.inviteUser, { params: { userId } });

export const updateRegion = (regionCode: string, name: UpdateRegionInput['name']) =>
  apiCall(api.updateRegion, { params: { regionCode }, body: { name } });
export const createOrganisation = (body: CreateOrganisationInput) => apiCall(api.createOrganisation, { body });
export const updateOrganisation = (organisationId: string, body: UpdateOrganisationInput) =>
  apiCall(api.updateOrganisation, { params: { organisationId }, body });

export const createRound = (body: CreateRoundInput) => apiCall(api.createRound, { body });
export const updateRound = (roundId: string, body: UpdateRoundInput) =>
  apiCall(api.updateRound, { params: { roundId }, body });
/** A new link for the organisation; the old one stops working at once. */
export const regenerateInvitation = (roundId: string, organisationId: string, mode: InvitationMode) =>
  apiCall(api.regenerateInvitation, { params: { roundId, organisationId }, body: { mode } });

export const checkInstrument = (document: unknown) => apiCall(api.checkInstrument, { body: document });
export const importInstrument = (document: unknown) => apiCall(api.importInstrument, { body: document });
export const publishVersion = (instrumentId: string, version: string) =>
  apiCall(api.publishVersion, { params: { instrumentId, version } });
export const retireVersion = (instrumentId: string, version: string) =>
  apiCall(api.retireVersion, { params: { instrumentId, version } });
export const deleteDraft = (instrumentId: string, version: string) =>
  apiCall(api.deleteDraft, { params: { instrumentId, version } });

// The instrument editor's drafts
export const useInstrumentDrafts = () => useApi(api.instrumentDrafts, {});
export const useInstrumentDraft = (draftId: string | undefined) =>
  useApi(api.instrumentDraft, draftId ? { params: { draftId } } : null);
export const createInstrumentDraft = (body: CreateInstrumentDraftInput) => apiCall(api.createInstrumentDraft, { body });
export const saveInstrumentDraft = (draftId: string, body: SaveInstrumentDraftInput) =>
  apiCall(api.saveInstrumentDraft, { params: { draftId }, body });
export const discardInstrumentDraft = (draftId: string) => apiCall(api.discardInstrumentDraft, { params: { draftId } });
export const publishInstrumentDraft = (draftId: string, revision: number) =>
  apiCall(api.publishInstrumentDraft, { params: { draftId }, body: { revision } });
