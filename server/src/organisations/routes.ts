import { policy } from '../auth/policies';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { listOrganisations, listRegions } from './queries';
import { CreateOrganisationBody, UpdateOrganisationBody, UpdateRegionBody } from './schemas';
import { createOrganisation, getOrganisation, updateOrganisation, updateRegionName } from './service';

export function organisationRoutes({ db }: RouteDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/regions',
      policy: policy.signedIn,
      handler: async (_req, res) => {
        res.json(await listRegions(db));
      },
    },
    {
      method: 'put',
      path: '/regions/:regionCode',
      policy: policy.admin,
      handler: async (req, res) => {
        const { name } = parseInput(UpdateRegionBody, req.body);
        res.json(await updateRegionName(db, req.auth!.user, req.params.regionCode as string, name));
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
        res.status(201).json(await createOrganisation(db, req.auth!.user, body));
      },
    },
    {
      method: 'get',
      path: '/organisations/:organisationId',
      policy: policy.organisation(),
      handler: async (req, res) => {
        res.json(await getOrganisation(db, req.params.organisationId as string));
      },
    },
    {
      method: 'patch',
      path: '/organisations/:organisationId',
      policy: policy.organisation('organisationId', ['admin', 'coordinator']),
      handler: async (req, res) => {
        const body = parseInput(UpdateOrganisationBody, req.body);
        res.json(await updateOrganisation(db, req.auth!.user, req.params.organisationId as string, body));
      },
    },
  ];
}
