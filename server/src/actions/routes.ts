import type { Request } from 'express';
import { exportAuditor } from '../audit/log';
import { policy } from '../auth/policies';
import { sendCsv } from '../http/csv';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { actionFollowUp } from './follow-up';
import { CreateActionBody, UpdateActionBody } from './schemas';
import { actionPlan, createAction, deleteAction, listActions, roundActions, updateAction } from './service';

const scopeOf = (req: Request) => {
  const p = req.params as Record<string, string>;
  return { roundId: p.roundId!, organisationId: p.organisationId! };
};

export function actionRoutes({ db }: RouteDeps): Route[] {
  const auditDownload = exportAuditor(db);
  const base = '/rounds/:roundId/organisations/:organisationId/actions';
  // Quality managers write their organisation's plan; coordinators read their region's; administrators all.
  // Every route is about an organisation that takes part in the round (else 404 organisation_not_in_round).
  const writers = ['admin', 'manager'] as const;
  return [
    {
      method: 'get',
      path: base,
      policy: policy.roundOrganisation(),
      handler: async (req, res) => {
        res.json(await actionPlan(db, scopeOf(req), req.auth!.user));
      },
    },
    {
      method: 'post',
      path: base,
      policy: policy.roundOrganisation(writers),
      handler: async (req, res) => {
        res
          .status(201)
          .json(await createAction(db, req.auth!.user, scopeOf(req), parseInput(CreateActionBody, req.body)));
      },
    },
    {
      method: 'patch',
      path: `${base}/:actionId`,
      policy: policy.roundOrganisation(writers),
      handler: async (req, res) => {
        res.json(
          await updateAction(db, scopeOf(req), String(req.params.actionId), parseInput(UpdateActionBody, req.body)),
        );
      },
    },
    {
      method: 'delete',
      path: `${base}/:actionId`,
      policy: policy.roundOrganisation(writers),
      handler: async (req, res) => {
        await deleteAction(db, scopeOf(req), String(req.params.actionId));
        res.status(204).end();
      },
    },
    {
      method: 'get',
      path: `${base}.csv`,
      policy: policy.roundOrganisation(),
      handler: async (req, res) => {
        const actions = await listActions(db, scopeOf(req));
        await auditDownload(req, 'action_plan', 'csv', { organisationId: scopeOf(req).organisationId });
        sendCsv(
          res,
          `action-plan-${scopeOf(req).organisationId}.csv`,
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
    },
    {
      method: 'get',
      path: '/rounds/:roundId/organisations/:organisationId/follow-up',
      policy: policy.roundOrganisation(),
      handler: async (req, res) => {
        const { roundId, organisationId } = scopeOf(req);
        res.json(await actionFollowUp(db, roundId, organisationId, req.auth!.user));
      },
    },
    {
      method: 'get',
      path: '/rounds/:roundId/regions/:regionCode/actions',
      policy: policy.region('regionCode', ['admin', 'coordinator']),
      handler: async (req, res) => {
        res.json(await roundActions(db, String(req.params.roundId), String(req.params.regionCode)));
      },
    },
  ];
}
