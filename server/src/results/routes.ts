import { auditExport } from '../audit/log';
import { policy } from '../auth/policies';
import { readerOf } from '../db/knex';
import { type Route, type RouteDeps, route } from '../http/routes';
import { sendWorkbook } from '../http/xlsx';
import { pickName } from '../i18n/names.shared';
import { localize } from '../instrument/text';
import { countryTable, csvDialect, organisationTable, regionTable, sendTable, streamRawAnswers } from './export';
import { exportWords, safeFileName } from './export-words';
import { roundPlan } from './plan';
import { ExportQuery, ResultsExportQuery } from './schemas';
import { countryResults, loadRound, organisationResults, regionResults } from './service';
import { organisationWorkbook } from './workbook';

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
      input: { query: ResultsExportQuery },
      handler: async (
        { params: { roundId, organisationId, format }, query: { lang: asked, dialect } },
        { user, res, language },
      ) => {
        const lang = asked ?? language;
        const results = await organisationResults(read, roundId, organisationId, { kind: 'staff', user });
        const { instrument } = await loadRound(read, roundId);
        await auditExport(db, user, 'results', { roundId, format, organisationId, language: lang });
        const name = safeFileName(
          exportWords(lang).files.results,
          pickName(results.organisation.name, lang, results.organisation.language).text,
          localize(results.round.name, lang),
        );
        if (format === 'xlsx') {
          await sendWorkbook(res, `${name}.xlsx`, await organisationWorkbook(results, instrument, lang));
          return;
        }
        await sendTable(res, format, name, organisationTable(results, instrument, lang), csvDialect(lang, dialect));
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
      input: { query: ResultsExportQuery },
      handler: async (
        { params: { roundId, regionCode, format }, query: { lang: asked, dialect } },
        { user, res, language },
      ) => {
        const lang = asked ?? language;
        const results = await regionResults(read, roundId, regionCode, { kind: 'staff', user });
        const { instrument } = await loadRound(read, roundId);
        await auditExport(db, user, 'results', { roundId, format, regionCode, language: lang });
        const w = exportWords(lang);
        const name = safeFileName(
          w.files.results,
          localize(results.region.name, lang),
          localize(results.round.name, lang),
        );
        const table = regionTable(results, instrument, lang);
        await sendTable(res, format, name, table, csvDialect(lang, dialect), w.sheets.results);
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
      input: { query: ResultsExportQuery },
      handler: async ({ params: { roundId, format }, query: { lang: asked, dialect } }, { user, res, language }) => {
        const lang = asked ?? language;
        const results = await countryResults(read, roundId, { kind: 'staff', user });
        const { instrument } = await loadRound(read, roundId);
        await auditExport(db, user, 'results', { roundId, format, language: lang });
        const w = exportWords(lang);
        const name = safeFileName(w.files.results, w.files.country, localize(results.round.name, lang));
        const table = countryTable(results, instrument, lang);
        await sendTable(res, format, name, table, csvDialect(lang, dialect), w.sheets.results);
      },
    }),
    route('rawAnswers', {
      method: 'get',
      path: '/rounds/:roundId/answers.csv',
      status: 200,
      produces: 'file',
      policy: policy.admin,
      input: { query: ExportQuery },
      handler: async ({ params, query: { lang: asked } }, { user, res, language }) => {
        const lang = asked ?? language;
        const { round, instrument } = await loadRound(read, params.roundId);
        const plan = await roundPlan(read, round, instrument, { kind: 'staff', user });
        await auditExport(db, user, 'raw_answers', { roundId: round.id, format: 'csv', language: lang });
        await streamRawAnswers(read, res, round, instrument, plan, lang);
      },
    }),
  ];
}
