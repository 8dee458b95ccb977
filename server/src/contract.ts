/**
 * The contract between client and server: every endpoint of the API by name,
 * with its method, path, success status, and the types of its input and
 * response. Pure (shared with the client, which builds its calls from it);
 * the route table (routes.ts) serves each endpoint once, checked against it
 * by the typechecker and by http/contract.test.ts.
 */
import { actionEndpoints } from './actions/contract';
import { auditEndpoints } from './audit/contract';
import { sessionEndpoints } from './auth/contract';
import { get } from './http/endpoint.shared';
import { instrumentEndpoints } from './instruments/contract';
import { mailEndpoints } from './mail/contract';
import { organisationEndpoints } from './organisations/contract';
import { participationEndpoints } from './participation/contract';
import { responseEndpoints } from './responses/contract';
import { resultEndpoints } from './results/contract';
import { roundEndpoints } from './rounds/contract';
import { userEndpoints } from './users/contract';

export const api = {
  health: get('/health').returns<{ ok: true }>(),
  ...sessionEndpoints,
  ...userEndpoints,
  ...organisationEndpoints,
  ...instrumentEndpoints,
  ...roundEndpoints,
  ...responseEndpoints,
  ...resultEndpoints,
  ...actionEndpoints,
  ...auditEndpoints,
  ...participationEndpoints,
  ...mailEndpoints,
};

export type Api = typeof api;
export type EndpointName = keyof Api;
