import { auditExport } from '../audit/log';
import { policy } from '../auth/policies';
import { presentName } from '../db/names';
import { sendCsv } from '../http/csv';
import { type Route, type RouteDeps, route } from '../http/routes';
import { pickName } from '../i18n/names.shared';
import { localize } from '../instrument/text';
import { findOrganisation } from '../organisations/queries';
import { csvDialect } from '../results/export';
import { exportWords, safeFileName } from '../results/export-words';
import { ResultsExportQuery } from '../results/schemas';
import { loadRound } from '../results/service';
import { actionPlanTable } from './export';
import { actionFollowUp } from './follow-up';
import { CreateActionBody, UpdateActionBody } from './schemas';
import { actionPlan, createAction, deleteAction, roundActions, updateAction } from './service';

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
      input: { query: ResultsExportQuery },
      handler: async ({ params, query: { lang: asked, dialect } }, { user, res, language }) => {
        const lang = asked ?? language;
        const [plan, { round, instrument }, organisation] = await Promise.all([
          actionPlan(db, params, user),
          loadRound(db, params.roundId),
          findOrganisation(db, params.organisationId),
        ]);
        await auditExport(db, user, 'action_plan', { ...params, format: 'csv', language: lang });
        const name = safeFileName(
          exportWords(lang).files.actionPlan,
          organisation ? pickName(organisation.name, lang, organisation.language).text : '',
          localize(presentName(round), lang),
        );
        const table = actionPlanTable(plan, instrument, lang);
        sendCsv(res, `${name}.csv`, table.header, table.rows, csvDialect(lang, dialect));
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
