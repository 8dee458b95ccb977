/** The client's routes, built in one place. */
const organisationPath = (roundId: string, organisationId: string) =>
  `/rounds/${encodeURIComponent(roundId)}/organisations/${encodeURIComponent(organisationId)}`;

export const paths = {
  home: '/',
  results: (roundId: string, organisationId: string) => `${organisationPath(roundId, organisationId)}/results`,
};

const enc = encodeURIComponent;

/** The staff and administration pages (signed in). */
export const staffPaths = {
  home: '/staff',
  newRound: '/staff/rounds/new',
  round: (roundId: string) => `/staff/rounds/${enc(roundId)}`,
  regionResults: (roundId: string, regionCode: string) => `/staff/rounds/${enc(roundId)}/regions/${enc(regionCode)}`,
  countryResults: (roundId: string) => `/staff/rounds/${enc(roundId)}/country`,
  plan: (roundId: string, organisationId: string) =>
    `/staff/rounds/${enc(roundId)}/organisations/${enc(organisationId)}/plan`,
  participation: '/participation',
  roundParticipation: (roundId: string) => `/participation/${enc(roundId)}`,
  users: '/admin/users',
  user: (userId: string) => `/admin/users/${enc(userId)}`,
  organisations: '/admin/organisations',
  regions: '/admin/regions',
  audit: '/admin/audit',
  outbox: '/admin/outbox',
  instruments: '/admin/instruments',
  instrumentVersion: (instrumentId: string, version: string) =>
    `/admin/instruments/${enc(instrumentId)}/${enc(version)}`,
  instrumentDraft: (draftId: string) => `/admin/instrument-drafts/${enc(draftId)}`,
};

/** The respondent's pages (public, no account). */
export const respondPaths = {
  invitation: (token: string) => `/i/${encodeURIComponent(token)}`,
  resume: '/resume',
  survey: (code: string) => `/r/${encodeURIComponent(code)}`,
  done: (code: string) => `/r/${encodeURIComponent(code)}/done`,
};

/** A page of the respondent's journey (invitation link, resume code, survey, thanks): no account there. */
export const isRespondentPath = (pathname: string): boolean => /^\/(i|r)\/|^\/resume\/?$/.test(pathname);
