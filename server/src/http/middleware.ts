/**
 * The middleware every request passes before any route: security headers,
 * compression, the request log, JSON body limits and checks, no caching of
 * API answers. One function, so that `bench:submit` can measure the same
 * stack without a database (`mw_echo_rps`).
 */
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { logSafeError, logSafeRequest, logSafeResponse } from '../logging';
import { bodyGuard } from './body-guard';
import { ValidationError } from './errors';

/** Answers smaller than this are not compressed. */
export const COMPRESS_FROM_BYTES = 8 * 1024;

export function applyBaseMiddleware(app: Express, logger: Logger): void {
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
  // Small JSON (a submit's answer, a saved draft) goes as it is: compressing it costs more than it saves.
  app.use(compression({ threshold: COMPRESS_FROM_BYTES }));
  if (logger.isLevelEnabled('info')) {
    app.use(
      pinoHttp({
        logger,
        // No answers, secrets or headers: the method, the masked path, the status and the time (see logging.ts).
        serializers: { req: logSafeRequest, res: logSafeResponse, err: logSafeError },
      }),
    );
  } else {
    // Request lines are not written at this level: no child logger per request, only the logger for failures.
    app.use((req, _res, next) => {
      req.log = logger;
      next();
    });
  }
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
}
