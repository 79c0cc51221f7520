import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../db/db';
import { readVersion } from '../version';
import { errorHandler, notFound } from './errors';
import { PROBLEMS, problemResponse } from './problems';
import { apiDeps, type HubLimits } from './api-deps';
import { registerApiRoutes } from './routes/api';
import { healthRoutes } from './routes/health';
import { securityHeaders } from './security-headers';
import { serveApp } from './static/serve-app';

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppDeps {
  db: Db;
  /** The built app to serve at '/'; without it only /api answers. */
  distDir?: string;
  /** Reported by /api/health; package.json's version by default. */
  version?: string;
  /** Largest request body accepted, in bytes (1 MiB by default). */
  bodyLimitBytes?: number;
  log?: (line: string) => void;
  /** The hub's clock (tests inject one to reach expiry). */
  now?: () => Date;
  /** Abuse limits and lifetimes; defaults in api-deps.ts. */
  limits?: Partial<HubLimits>;
}

/** The whole hub as a Hono app: tests call `app.request(…)` on it without a socket. */
export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? (() => undefined);
  const maxSize = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const app = new Hono();

  app.use(securityHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize,
      onError: (c) =>
        problemResponse(
          c,
          PROBLEMS.bodyTooLarge,
          `The request body is larger than the hub accepts (${maxSize} bytes). Send less in each request.`,
        ),
    }),
  );

  app.route('/api/health', healthRoutes({ db: deps.db, version: deps.version ?? readVersion(), log }));
  registerApiRoutes(app, apiDeps({ db: deps.db, log, ...(deps.now ? { now: deps.now } : {}), ...(deps.limits ? { limits: deps.limits } : {}) }), maxSize);
  app.all('/api/*', notFound);

  if (deps.distDir) {
    // A cheap tablet on venue wifi downloads the app once: gzip roughly thirds it (issue 7).
    app.use('*', compress());
    app.get('*', serveApp(deps.distDir));
  }

  app.notFound(notFound);
  app.onError(errorHandler(log));
  return app;
}
