/** The action plans API (shared with the client). */
import { del, get, patch, post } from '../http/endpoint.shared';
import type { Language } from '../instrument/text';
import type { CsvDialectName } from '../results/types';
import type {
  ActionFollowUp,
  ActionPlan,
  ActionView,
  CreateActionInput,
  RegionActionView,
  UpdateActionInput,
} from './types';

const plan = '/rounds/:roundId/organisations/:organisationId/actions';

export const actionEndpoints = {
  actionPlan: get(plan).returns<ActionPlan>(),
  createAction: post(plan).body<CreateActionInput>().created<ActionView>(),
  updateAction: patch(`${plan}/:actionId`).body<UpdateActionInput>().returns<ActionView>(),
  deleteAction: del(`${plan}/:actionId`).empty(),
  /** Targets by display number and text; suggestions say whether their target has an action. */
  actionPlanCsv: get(`${plan}.csv`).query<{ lang?: Language; dialect?: CsvDialectName }>().file(),
  /** The actions of the round before, with this round's figures. */
  followUp: get('/rounds/:roundId/organisations/:organisationId/follow-up').returns<ActionFollowUp[]>(),
  regionActions: get('/rounds/:roundId/regions/:regionCode/actions').returns<RegionActionView[]>(),
};
