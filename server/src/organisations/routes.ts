import { randomUUID } from 'node:crypto';
import { audit } from '../audit/log';
import { inRegionScope, policy } from '../auth/policies';
import { nowIso } from '../db/knex';
import { AppError, NotFoundError, ValidationError } from '../http/errors';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { rebuildRollups } from '../results/rollups';
import { findOrganisation, listOrganisations } from './queries';
import { CreateOrganisationBody, type RegionView, UpdateOrganisationBody, UpdateRegionBody } from './types';

export function organisationRoutes({ db }: RouteDeps): Route[] {
  const knownRegion = async (code: string, path = 'regionCode') => {
    if (!(await db('regions').where('code', code).first())) {
      throw new ValidationError('unknown region', [{ path, code: 'unknown_region', message: `no region ${code}` }]);
    }
  };
  const outOfRegion = () =>
    new AppError(403, 'forbidden', 'a coordinator manages the organisations of their own region');

  return [
    {
      method: 'get',
      path: '/regions',
      policy: policy.signedIn,
      handler: async (_req, res) => {
        const rows = await db('regions').orderBy('code');
        const regions: RegionView[] = rows.map((r) => ({
          code: r.code,
          name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
        }));
        res.json(regions);
      },
    },
    {
      method: 'put',
      path: '/regions/:regionCode',
      policy: policy.admin,
      handler: async (req, res) => {
        const code = req.params.regionCode as string;
        const { name } = parseInput(UpdateRegionBody, req.body);
        const updated = await db.transaction(async (trx) => {
          const n = await trx('regions')
            .where('code', code)
            .update({ name_fi: name.fi, name_sv: name.sv, name_en: name.en });
          if (n > 0) await audit(trx, req.auth!.user, 'region.update', { type: 'region', id: code }, { name });
          return n;
        });
        if (!updated) throw new NotFoundError('the region');
        const region: RegionView = { code, name };
        res.json(region);
      },
    },
    {
      method: 'get',
      path: '/organisations',
      policy: policy.roles(),
      handler: async (req, res) => {
        const region = typeof req.query.regionCode === 'string' ? req.query.regionCode : undefined;
        res.json(await listOrganisations(db, req.auth!.user, region));
      },
    },
    {
      method: 'post',
      path: '/organisations',
      policy: policy.roles(['admin', 'coordinator']),
      handler: async (req, res) => {
        const body = parseInput(CreateOrganisationBody, req.body);
        if (!inRegionScope(req.auth!.user, body.regionCode)) throw outOfRegion();
        await knownRegion(body.regionCode);
        const id = randomUUID();
        await db.transaction(async (trx) => {
          await trx('organisations').insert({
            id,
            name: body.name,
            region_code: body.regionCode,
            created_at: nowIso(),
          });
          await audit(trx, req.auth!.user, 'organisation.create', { type: 'organisation', id }, body);
        });
        res.status(201).json(await findOrganisation(db, id));
      },
    },
    {
      method: 'get',
      path: '/organisations/:organisationId',
      policy: policy.organisation(),
      handler: async (req, res) => {
        const org = await findOrganisation(db, req.params.organisationId as string);
        if (!org) throw new NotFoundError('the organisation');
        res.json(org);
      },
    },
    {
      method: 'patch',
      path: '/organisations/:organisationId',
      policy: policy.organisation('organisationId', ['admin', 'coordinator']),
      handler: async (req, res) => {
        const id = req.params.organisationId as string;
        const body = parseInput(UpdateOrganisationBody, req.body);
        if (body.regionCode) {
          if (!inRegionScope(req.auth!.user, body.regionCode)) throw outOfRegion();
          await knownRegion(body.regionCode);
        }
        if (!body.name && !body.regionCode) {
          const org = await findOrganisation(db, id);
          if (!org) throw new NotFoundError('the organisation');
          res.json(org);
          return;
        }
        const updated = await db.transaction(async (trx) => {
          const n = await trx('organisations')
            .where('id', id)
            .update({
              ...(body.name ? { name: body.name } : {}),
              ...(body.regionCode ? { region_code: body.regionCode } : {}),
            });
          if (n > 0) await audit(trx, req.auth!.user, 'organisation.update', { type: 'organisation', id }, body);
          return n;
        });
        if (!updated) throw new NotFoundError('the organisation');
        if (body.regionCode) {
          // Region totals include this organisation's responses: recount the rounds it took part in.
          const rounds: string[] = await db('rollup_organisations').where('organisation_id', id).pluck('round_id');
          for (const roundId of rounds) await rebuildRollups(db, roundId);
        }
        res.json(await findOrganisation(db, id));
      },
    },
  ];
}
