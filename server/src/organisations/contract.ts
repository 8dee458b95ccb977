/** The organisations and regions API (shared with the client). */
import { get, patch, post, put } from '../http/endpoint.shared';
import type {
  CreateOrganisationInput,
  OrganisationDetail,
  OrganisationListItem,
  RegionView,
  UpdateOrganisationInput,
  UpdateRegionInput,
} from './types';

export const organisationEndpoints = {
  regions: get('/regions').returns<RegionView[]>(),
  updateRegion: put('/regions/:regionCode').body<UpdateRegionInput>().returns<RegionView>(),
  /** The organisations in the caller's scope, or in one region of it; whether each has a contact, not the address. */
  organisations: get('/organisations').query<{ regionCode?: string }>().returns<OrganisationListItem[]>(),
  createOrganisation: post('/organisations').body<CreateOrganisationInput>().created<OrganisationDetail>(),
  organisation: get('/organisations/:organisationId').returns<OrganisationDetail>(),
  updateOrganisation: patch('/organisations/:organisationId')
    .body<UpdateOrganisationInput>()
    .returns<OrganisationDetail>(),
};
