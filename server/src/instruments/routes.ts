import { policy } from '../auth/policies';
import { NotFoundError } from '../http/errors';
import type { Route, RouteDeps } from '../http/routes';
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

export function instrumentRoutes({ db }: RouteDeps): Route[] {
  const params = (p: Record<string, unknown>) => [String(p.instrumentId), String(p.version)] as const;
  const version = '/instruments/:instrumentId/versions/:version';
  return [
    {
      method: 'get',
      path: '/instruments',
      policy: policy.roles(),
      handler: async (req, res) => {
        res.json(await listVersions(db, { includeDrafts: req.auth!.user.role === 'admin' }));
      },
    },
    {
      method: 'post',
      path: '/instruments/check',
      policy: policy.admin,
      handler: async (req, res) => {
        const { ok, problems } = await checkDocument(db, req.body);
        res.json({ ok, problems });
      },
    },
    {
      method: 'post',
      path: '/instruments',
      policy: policy.admin,
      handler: async (req, res) => {
        res.status(201).json(await importDraft(db, req.auth!.user, req.body));
      },
    },
    {
      method: 'get',
      path: version,
      policy: policy.roles(),
      handler: async (req, res) => {
        const view = await getVersion(db, ...params(req.params));
        // Drafts are the administrators' work in progress.
        if (view.status === 'draft' && req.auth!.user.role !== 'admin')
          throw new NotFoundError('the instrument version');
        res.json(view);
      },
    },
    {
      method: 'get',
      path: `${version}/diff`,
      policy: policy.admin,
      handler: async (req, res) => {
        res.json(await diffVersion(db, ...params(req.params)));
      },
    },
    {
      method: 'post',
      path: `${version}/publish`,
      policy: policy.admin,
      handler: async (req, res) => {
        res.json(await publishVersion(db, req.auth!.user, ...params(req.params)));
      },
    },
    {
      method: 'post',
      path: `${version}/retire`,
      policy: policy.admin,
      handler: async (req, res) => {
        res.json(await retireVersion(db, req.auth!.user, ...params(req.params)));
      },
    },
    {
      method: 'delete',
      path: version,
      policy: policy.admin,
      handler: async (req, res) => {
        await deleteDraft(db, req.auth!.user, ...params(req.params));
        res.status(204).end();
      },
    },
  ];
}
