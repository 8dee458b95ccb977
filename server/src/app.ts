/** The Express application: API routes, the built client, one error vocabulary. */
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { authenticate } from './auth/middleware';
import { oidcRouter } from './auth/oidc';
import { type AppSettings, DEFAULT_SETTINGS } from './config';
import { startCheckpoints } from './db/health';
import type { Db } from './db/knex';
import { errorMiddleware, notFoundApi } from './http/error-middleware';
import { applyBaseMiddleware } from './http/middleware';
import { mountRoutes } from './http/routes';
import { singlePageApp } from './http/spa';
import { startRollupApplier } from './results/applier';
import { apiRoutes } from './routes';

export type AppDeps = { db: Db; logger: Logger; clientDir: string; settings?: AppSettings };

export function createApp({ db, logger, clientDir, settings = DEFAULT_SETTINGS }: AppDeps): Express {
  const app = express();
  applyBaseMiddleware(app, logger);
  startCheckpoints(db, logger);
  startRollupApplier(db, logger, { intervalMs: settings.rollupIntervalMs, resultsWaitMs: settings.resultsWaitMs });
  app.use('/api', authenticate(db));
  mountRoutes(app, db, apiRoutes({ db, settings }));
  app.use('/api', notFoundApi);
  app.use(oidcRouter(db, settings, logger));

  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  // Client-side routes: every other GET gets the single-page app.
  app.get(/.*/, singlePageApp(clientDir));
  app.use(errorMiddleware);
  return app;
}
