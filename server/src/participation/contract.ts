/** The participation API (shared with the client). */
import { get } from '../http/endpoint.shared';
import type { Participation } from './types';

export const participationEndpoints = {
  /** Submitted responses, drafts and the minimum per organisation of the round in the viewer's scope, with totals. */
  participation: get('/rounds/:roundId/participation').returns<Participation>(),
};
