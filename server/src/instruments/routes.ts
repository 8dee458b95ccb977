import { z } from 'zod';
import { policy } from '../auth/policies';
import { NotFoundError } from '../http/errors';
import { type Route, type RouteDeps, route } from '../http/routes';
import { createDraft, discardDraft, getDraft, listDrafts, publishDraft, saveDraft } from './drafts';
import { CreateInstrumentDraftBody, PublishInstrumentDraftBody, SaveInstrumentDraftBody } from './schemas';
import {
  checkDocument,
  deleteDraft,
  diffVersion,
  getVersion,
  importDraft,
  listVersions,
  publishVersion,
  retireVersion,
} from './versions';

/** Any JSON document: the instrument schema checks it in the service, reporting every problem with its path. */
const InstrumentDocument = z.unknown();

export function instrumentRoutes({ db }: RouteDeps): Route[] {
  const version = '/instruments/:instrumentId/versions/:version';
  return [
    route('instrumentVersions', {
      method: 'get',
      path: '/instruments',
      status: 200,
      policy: policy.roles(),
      input: {},
      handler: (_input, { user }) => listVersions(db, { includeDrafts: user.role === 'admin' }),
    }),
    route('checkInstrument', {
      method: 'post',
      path: '/instruments/check',
      status: 200,
      policy: policy.admin,
      input: { body: InstrumentDocument },
      handler: async ({ body }) => {
        const { ok, problems } = await checkDocument(db, body);
        return { ok, problems };
      },
    }),
    route('importInstrument', {
      method: 'post',
      path: '/instruments',
      status: 201,
      policy: policy.admin,
      input: { body: InstrumentDocument },
      handler: ({ body }, { user }) => importDraft(db, user, body),
    }),
    route('instrumentVersion', {
      method: 'get',
      path: version,
      status: 200,
      policy: policy.roles(),
      input: {},
      handler: async ({ params }, { user }) => {
        const view = await getVersion(db, params.instrumentId, params.version);
        // Drafts are the administrators' work in progress.
        if (view.status === 'draft' && user.role !== 'admin') throw new NotFoundError('the instrument version');
        return view;
      },
    }),
    route('instrumentDiff', {
      method: 'get',
      path: `${version}/diff`,
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }) => diffVersion(db, params.instrumentId, params.version),
    }),
    route('publishVersion', {
      method: 'post',
      path: `${version}/publish`,
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }, { user }) => publishVersion(db, user, params.instrumentId, params.version),
    }),
    route('retireVersion', {
      method: 'post',
      path: `${version}/retire`,
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }, { user }) => retireVersion(db, user, params.instrumentId, params.version),
    }),
    route('deleteDraft', {
      method: 'delete',
      path: version,
      status: 204,
      policy: policy.admin,
      input: {},
      handler: ({ params }, { user }) => deleteDraft(db, user, params.instrumentId, params.version),
    }),
    route('instrumentDrafts', {
      method: 'get',
      path: '/instrument-drafts',
      status: 200,
      policy: policy.admin,
      input: {},
      handler: () => listDrafts(db),
    }),
    route('createInstrumentDraft', {
      method: 'post',
      path: '/instrument-drafts',
      status: 201,
      policy: policy.admin,
      input: { body: CreateInstrumentDraftBody },
      handler: ({ body }, { user }) => createDraft(db, user, body),
    }),
    route('instrumentDraft', {
      method: 'get',
      path: '/instrument-drafts/:draftId',
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }) => getDraft(db, params.draftId),
    }),
    route('saveInstrumentDraft', {
      method: 'put',
      path: '/instrument-drafts/:draftId',
      status: 200,
      policy: policy.admin,
      input: { body: SaveInstrumentDraftBody },
      handler: ({ params, body }) => saveDraft(db, params.draftId, body),
    }),
    route('discardInstrumentDraft', {
      method: 'delete',
      path: '/instrument-drafts/:draftId',
      status: 204,
      policy: policy.admin,
      input: {},
      handler: ({ params }, { user }) => discardDraft(db, user, params.draftId),
    }),
    route('publishInstrumentDraft', {
      method: 'post',
      path: '/instrument-drafts/:draftId/publish',
      status: 200,
      policy: policy.admin,
      input: { body: PublishInstrumentDraftBody },
      handler: ({ params, body }, { user }) => publishDraft(db, user, params.draftId, body.revision),
    }),
  ];
}
