/** The rounds API (shared with the client). */
import { get, patch, post } from '../http/endpoint.shared';
import type { Language } from '../instrument/text';
import type { Reflections } from '../responses/types';
import type {
  CreateRoundInput,
  InvitationView,
  RegenerateInvitationInput,
  RoundDetail,
  RoundRules,
  RoundSummary,
  UpdateRoundInput,
} from './types';

export const roundEndpoints = {
  /** The configured floor and default of the minimum group size, for the round forms. */
  roundRules: get('/round-rules').returns<RoundRules>(),
  rounds: get('/rounds').returns<RoundSummary[]>(),
  createRound: post('/rounds').body<CreateRoundInput>().created<RoundDetail>(),
  round: get('/rounds/:roundId').returns<RoundDetail>(),
  updateRound: patch('/rounds/:roundId').body<UpdateRoundInput>().returns<RoundDetail>(),
  invitations: get('/rounds/:roundId/invitations').returns<InvitationView[]>(),
  /** A new link for the organisation; the old one stops working at once. */
  regenerateInvitation: post('/rounds/:roundId/organisations/:organisationId/invitation')
    .body<RegenerateInvitationInput>()
    .created<InvitationView>(),
  roundReflections: get('/rounds/:roundId/reflections').returns<Reflections>(),
  roundReflectionsCsv: get('/rounds/:roundId/reflections.csv').query<{ lang?: Language }>().file(),
};
