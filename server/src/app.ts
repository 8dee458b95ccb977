/** The Express application: API routes, the built client, one error vocabulary. */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { authenticate } from './auth/middleware';
import { oidcRouter } from './auth/oidc';
import { type AppSettings, DEFAULT_SETTINGS } from './config';
import { startCheckpoints } from './db/health';
import type { Db } from './db/knex';
import { errorMiddleware, notFoundApi } from './http/error-middleware';
import { requestLanguage } from './http/language';
import { applyBaseMiddleware } from './http/middleware';
import { mountRoutes } from './http/routes';
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

  const index = path.join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  const page = pageIn(index);
  // Client-side routes: every other GET gets the single-page app, in the browser's language until the client decides.
  app.get(/.*/, (req, res, next) => {
    const html = page();
    if (html === undefined) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html.replace(/<html lang="[a-z-]*"/i, `<html lang="${requestLanguage(req, res)}"`));
  });
  app.use(errorMiddleware);
  return app;
}

/** The built index.html, read again only when the build changed it; undefined while there is none. */
function pageIn(file: string): () => string | undefined {
  let cached: { mtimeMs: number; html: string } | undefined;
  return () => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return undefined;
    if (cached?.mtimeMs !== stat.mtimeMs) cached = { mtimeMs: stat.mtimeMs, html: fs.readFileSync(file, 'utf8') };
    return cached.html;
  };
}
