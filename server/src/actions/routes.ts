import { auditExport } from '../audit/log';
import { policy } from '../auth/policies';
import { sendCsv } from '../http/csv';
import { type Route, type RouteDeps, route } from '../http/routes';
import { actionFollowUp } from './follow-up';
import { CreateActionBody, UpdateActionBody } from './schemas';
import { actionPlan, createAction, deleteAction, listActions, roundActions, updateAction } from './service';

export function actionRoutes({ db }: RouteDeps): Route[] {
  const plan = '/rounds/:roundId/organisations/:organisationId/actions';
  // Quality managers write their organisation's plan; coordinators read their region's; administrators all.
  // Every route is about an organisation that takes part in the round (else 404 organisation_not_in_round).
  const writers = ['admin', 'manager'] as const;
  return [
    route('actionPlan', {
      method: 'get',
      path: plan,
      status: 200,
      policy: policy.roundOrganisation(),
      input: {},
      handler: ({ params }, { user }) => actionPlan(db, params, user),
    }),
    route('createAction', {
      method: 'post',
      path: plan,
      status: 201,
      policy: policy.roundOrganisation(writers),
      input: { body: CreateActionBody },
      handler: ({ params, body }, { user }) => createAction(db, user, params, body),
    }),
    route('updateAction', {
      method: 'patch',
      path: `${plan}/:actionId`,
      status: 200,
      policy: policy.roundOrganisation(writers),
      input: { body: UpdateActionBody },
      handler: ({ params: { actionId, ...scope }, body }) => updateAction(db, scope, actionId, body),
    }),
    route('deleteAction', {
      method: 'delete',
      path: `${plan}/:actionId`,
      status: 204,
      policy: policy.roundOrganisation(writers),
      input: {},
      handler: ({ params: { actionId, ...scope } }) => deleteAction(db, scope, actionId),
    }),
    route('actionPlanCsv', {
      method: 'get',
      path: `${plan}.csv`,
      status: 200,
      produces: 'file',
      policy: policy.roundOrganisation(),
      input: {},
      handler: async ({ params }, { user, res }) => {
        const actions = await listActions(db, params);
        await auditExport(db, user, 'action_plan', { ...params, format: 'csv' });
        sendCsv(
          res,
          `action-plan-${params.organisationId}.csv`,
          ['target_kind', 'target_id', 'action', 'responsible', 'due_date', 'status', 'overdue', 'notes'],
          actions.map((a) => [
            a.targetKind,
            a.targetId,
            a.title,
            a.responsible,
            a.dueDate,
            a.status,
            a.overdue ? 'yes' : 'no',
            a.notes ?? '',
          ]),
        );
      },
    }),
    route('followUp', {
      method: 'get',
      path: '/rounds/:roundId/organisations/:organisationId/follow-up',
      status: 200,
      policy: policy.roundOrganisation(),
      input: {},
      handler: ({ params }, { user }) => actionFollowUp(db, params.roundId, params.organisationId, user),
    }),
    route('regionActions', {
      method: 'get',
      path: '/rounds/:roundId/regions/:regionCode/actions',
      status: 200,
      policy: policy.region('regionCode', ['admin', 'coordinator']),
      input: {},
      handler: ({ params }) => roundActions(db, params.roundId, params.regionCode),
    }),
  ];
}
