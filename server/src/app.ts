/** The Express application: API routes, the built client, one error vocabulary. */
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { authenticate } from './auth/middleware';
import { oidcRouter } from './auth/oidc';
import { type AppSettings, DEFAULT_SETTINGS } from './config';
import type { Db } from './db/knex';
import { bodyGuard } from './http/body-guard';
import { errorMiddleware, notFoundApi } from './http/error-middleware';
import { ValidationError } from './http/errors';
import { mountRoutes } from './http/routes';
import { logSafeError, logSafeRequest, logSafeResponse } from './logging';
import { apiRoutes } from './routes';

export type AppDeps = { db: Db; logger: Logger; clientDir: string; settings?: AppSettings };

export function createApp({ db, logger, clientDir, settings = DEFAULT_SETTINGS }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // SurveyJS and Chart.js set inline style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          frameSrc: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(compression());
  app.use(
    pinoHttp({
      logger,
      // No answers, secrets or headers: the method, the masked path, the status and the time (see logging.ts).
      serializers: { req: logSafeRequest, res: logSafeResponse, err: logSafeError },
    }),
  );
  app.use('/api', express.json({ limit: '512kb' }), bodyGuard);
  // API answers are personal or live: never cached by a browser or proxy.
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  // A NUL byte in the address can be neither stored nor looked up (PostgreSQL refuses it): a 400, not a 500.
  app.use('/api', (req, _res, next) => {
    if (req.url.toLowerCase().includes('%00') || req.url.includes(String.fromCharCode(0))) {
      throw new ValidationError(
        'the address contains a NUL character',
        [{ path: 'url', code: 'invalid_text', message: 'the address contains a NUL character' }],
        'invalid_text',
      );
    }
    next();
  });
  app.use('/api', authenticate(db));
  mountRoutes(app, db, apiRoutes({ db, settings }));
  app.use('/api', notFoundApi);
  app.use(oidcRouter(db, settings, logger));

  const index = path.join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  // Client-side routes: every other GET gets the single-page app.
  app.get(/.*/, (_req, res, next) => {
    if (!fs.existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  app.use(errorMiddleware);
  return app;
}
