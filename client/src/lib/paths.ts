/** The client's routes, built in one place. */
const organisationPath = (roundId: string, organisationId: string) =>
  `/rounds/${encodeURIComponent(roundId)}/organisations/${encodeURIComponent(organisationId)}`;

export const paths = {
  home: '/',
  survey: (roundId: string, organisationId: string) => `${organisationPath(roundId, organisationId)}/survey`,
  results: (roundId: string, organisationId: string) => `${organisationPath(roundId, organisationId)}/results`,
};
