import { policy } from '../auth/policies';
import { type Route, type RouteDeps, route } from '../http/routes';
import { listOrganisations, listRegions } from './queries';
import { CreateOrganisationBody, OrganisationsQuery, UpdateOrganisationBody, UpdateRegionBody } from './schemas';
import { createOrganisation, getOrganisation, updateOrganisation, updateRegionName } from './service';

export function organisationRoutes({ db }: RouteDeps): Route[] {
  return [
    route('regions', {
      method: 'get',
      path: '/regions',
      status: 200,
      policy: policy.signedIn,
      input: {},
      handler: () => listRegions(db),
    }),
    route('updateRegion', {
      method: 'put',
      path: '/regions/:regionCode',
      status: 200,
      policy: policy.admin,
      input: { body: UpdateRegionBody },
      handler: ({ params, body }, { user }) => updateRegionName(db, user, params.regionCode, body.name),
    }),
    route('organisations', {
      method: 'get',
      path: '/organisations',
      status: 200,
      policy: policy.roles(),
      input: { query: OrganisationsQuery },
      handler: ({ query }, { user }) => listOrganisations(db, user, query.regionCode),
    }),
    route('createOrganisation', {
      method: 'post',
      path: '/organisations',
      status: 201,
      policy: policy.roles(['admin', 'coordinator']),
      input: { body: CreateOrganisationBody },
      handler: ({ body }, { user }) => createOrganisation(db, user, body),
    }),
    route('organisation', {
      method: 'get',
      path: '/organisations/:organisationId',
      status: 200,
      policy: policy.organisation(),
      input: {},
      handler: ({ params }) => getOrganisation(db, params.organisationId),
    }),
    route('updateOrganisation', {
      method: 'patch',
      path: '/organisations/:organisationId',
      status: 200,
      policy: policy.organisation('organisationId', ['admin', 'coordinator']),
      input: { body: UpdateOrganisationBody },
      handler: ({ params, body }, { user }) => updateOrganisation(db, user, params.organisationId, body),
    }),
  ];
}
