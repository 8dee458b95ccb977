import { auditExport } from '../audit/log';
import { policy } from '../auth/policies';
import { readerOf } from '../db/knex';
import { type Route, type RouteDeps, route } from '../http/routes';
import { countryTable, organisationTable, regionTable, sendTable, streamRawAnswers } from './export';
import { roundPlan } from './plan';
import { ExportQuery } from './schemas';
import { countryResults, loadRound, organisationResults, regionResults } from './service';

export function resultRoutes({ db }: RouteDeps): Route[] {
  // Reports and exports read on connections of their own: never behind the write queue.
  const read = readerOf(db);
  const staff = ['admin', 'coordinator'] as const;
  const organisation = '/rounds/:roundId/organisations/:organisationId/results';
  const region = '/rounds/:roundId/regions/:regionCode/results';
  const country = '/rounds/:roundId/results';
  return [
    route('organisationResults', {
      method: 'get',
      path: organisation,
      status: 200,
      policy: policy.organisation(),
      input: {},
      handler: ({ params }, { user }) =>
        organisationResults(read, params.roundId, params.organisationId, { kind: 'staff', user }),
    }),
    route('organisationResultsFile', {
      method: 'get',
      path: `${organisation}.:format`,
      status: 200,
      produces: 'file',
      policy: policy.organisation(),
      input: { query: ExportQuery },
      handler: async ({ params: { roundId, organisationId, format }, query: { lang } }, { user, res }) => {
        const results = await organisationResults(read, roundId, organisationId, { kind: 'staff', user });
        const { instrument } = await loadRound(read, roundId);
        await auditExport(db, user, 'results', { roundId, format, organisationId, language: lang });
        await sendTable(
          res,
          format,
          `results-${results.organisation.name}`,
          organisationTable(results, instrument, lang),
        );
      },
    }),
    route('regionResults', {
      method: 'get',
      path: region,
      status: 200,
      policy: policy.region('regionCode', staff),
      input: {},
      handler: ({ params }, { user }) =>
        regionResults(read, params.roundId, params.regionCode, { kind: 'staff', user }),
    }),
    route('regionResultsFile', {
      method: 'get',
      path: `${region}.:format`,
      status: 200,
      produces: 'file',
      policy: policy.region('regionCode', staff),
      input: { query: ExportQuery },
      handler: async ({ params: { roundId, regionCode, format }, query: { lang } }, { user, res }) => {
        const results = await regionResults(read, roundId, regionCode, { kind: 'staff', user });
        const { instrument } = await loadRound(read, roundId);
        await auditExport(db, user, 'results', { roundId, format, regionCode, language: lang });
        await sendTable(res, format, `results-region-${regionCode}`, regionTable(results, instrument, lang));
      },
    }),
    route('countryResults', {
      method: 'get',
      path: country,
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }, { user }) => countryResults(read, params.roundId, { kind: 'staff', user }),
    }),
    route('countryResultsFile', {
      method: 'get',
      path: `${country}.:format`,
      status: 200,
      produces: 'file',
      policy: policy.admin,
      input: { query: ExportQuery },
      handler: async ({ params: { roundId, format }, query: { lang } }, { user, res }) => {
        const results = await countryResults(read, roundId, { kind: 'staff', user });
        const { instrument } = await loadRound(read, roundId);
        await auditExport(db, user, 'results', { roundId, format, language: lang });
        await sendTable(res, format, 'results-country', countryTable(results, instrument, lang));
      },
    }),
    route('rawAnswers', {
      method: 'get',
      path: '/rounds/:roundId/answers.csv',
      status: 200,
      produces: 'file',
      policy: policy.admin,
      input: {},
      handler: async ({ params }, { user, res }) => {
        const { round, instrument } = await loadRound(read, params.roundId);
        const plan = await roundPlan(read, round, instrument, { kind: 'staff', user });
        await auditExport(db, user, 'raw_answers', { roundId: round.id, format: 'csv' });
        await streamRawAnswers(read, res, round, instrument, plan);
      },
    }),
  ];
}
