import type { Request } from 'express';
import { exportAuditor } from '../audit/log';
import { policy } from '../auth/policies';
import type { Db } from '../db/knex';
import { NotFoundError } from '../http/errors';
import type { Route, RouteDeps } from '../http/routes';
import type { Language } from '../instrument/text';
import { findRound, roundInstrument } from '../rounds/queries';
import { countryTable, type Format, organisationTable, regionTable, sendTable, streamRawAnswers } from './export';
import { roundPlan } from './plan';
import { countryResults, organisationResults, regionResults } from './service';

const lang = (req: Request): Language => (req.query.lang === 'sv' || req.query.lang === 'en' ? req.query.lang : 'fi');
const p = (req: Request, name: string) => String((req.params as Record<string, string>)[name]);

async function instrumentOf(db: Db, roundId: string) {
  const round = await findRound(db, roundId);
  if (!round) throw new NotFoundError('the round');
  return { round, instrument: await roundInstrument(db, round) };
}

export function resultRoutes({ db }: RouteDeps): Route[] {
  const auditDownload = exportAuditor(db);
  const staff = ['admin', 'coordinator'] as const;
  const formats: Format[] = ['csv', 'xlsx'];
  return [
    {
      method: 'get',
      path: '/rounds/:roundId/organisations/:organisationId/results',
      policy: policy.organisation(),
      handler: async (req, res) => {
        res.json(
          await organisationResults(db, p(req, 'roundId'), p(req, 'organisationId'), {
            kind: 'staff',
            user: req.auth!.user,
          }),
        );
      },
    },
    ...formats.map(
      (format): Route => ({
        method: 'get',
        path: `/rounds/:roundId/organisations/:organisationId/results.${format}`,
        policy: policy.organisation(),
        handler: async (req, res) => {
          const results = await organisationResults(db, p(req, 'roundId'), p(req, 'organisationId'), {
            kind: 'staff',
            user: req.auth!.user,
          });
          const { instrument } = await instrumentOf(db, p(req, 'roundId'));
          await auditDownload(req, 'results', format, { organisationId: p(req, 'organisationId') });
          await sendTable(
            res,
            format,
            `results-${results.organisation.name}`,
            organisationTable(results, instrument, lang(req)),
          );
        },
      }),
    ),
    {
      method: 'get',
      path: '/rounds/:roundId/regions/:regionCode/results',
      policy: policy.region('regionCode', staff),
      handler: async (req, res) => {
        res.json(
          await regionResults(db, p(req, 'roundId'), p(req, 'regionCode'), { kind: 'staff', user: req.auth!.user }),
        );
      },
    },
    ...formats.map(
      (format): Route => ({
        method: 'get',
        path: `/rounds/:roundId/regions/:regionCode/results.${format}`,
        policy: policy.region('regionCode', staff),
        handler: async (req, res) => {
          const results = await regionResults(db, p(req, 'roundId'), p(req, 'regionCode'), {
            kind: 'staff',
            user: req.auth!.user,
          });
          const { instrument } = await instrumentOf(db, p(req, 'roundId'));
          await auditDownload(req, 'results', format, { regionCode: p(req, 'regionCode') });
          await sendTable(
            res,
            format,
            `results-region-${results.region.code}`,
            regionTable(results, instrument, lang(req)),
          );
        },
      }),
    ),
    {
      method: 'get',
      path: '/rounds/:roundId/results',
      policy: policy.admin,
      handler: async (req, res) => {
        res.json(await countryResults(db, p(req, 'roundId'), { kind: 'staff', user: req.auth!.user }));
      },
    },
    ...formats.map(
      (format): Route => ({
        method: 'get',
        path: `/rounds/:roundId/results.${format}`,
        policy: policy.admin,
        handler: async (req, res) => {
          const results = await countryResults(db, p(req, 'roundId'), { kind: 'staff', user: req.auth!.user });
          const { instrument } = await instrumentOf(db, p(req, 'roundId'));
          await auditDownload(req, 'results', format);
          await sendTable(res, format, 'results-country', countryTable(results, instrument, lang(req)));
        },
      }),
    ),
    {
      method: 'get',
      path: '/rounds/:roundId/answers.csv',
      policy: policy.admin,
      handler: async (req, res) => {
        const { round, instrument } = await instrumentOf(db, p(req, 'roundId'));
        const plan = await roundPlan(db, round, instrument, { kind: 'staff', user: req.auth!.user });
        await auditDownload(req, 'raw_answers', 'csv');
        await streamRawAnswers(db, res, round, instrument, plan);
      },
    },
  ];
}
