import type { Db } from './db/db';
import { openDb } from './db/open-db';
import { runMigrations } from './db/migrate';
import { resolveConfig, type HubOptions } from './config';
import { demoReferenceData } from '../core/demo/demoReferenceData';
import { resolveFirstStart } from './first-start-config';
import { createApp } from './http/app';
import { listen } from './listen';
import { prepareHubData, type StartReport } from './services/first-start';

export { createApp, type AppDeps } from './http/app';
export type { Db } from './db/db';
export type { HubOptions } from './config';

export interface Hub {
  /** Where to open the app, e.g. http://127.0.0.1:8787 */
  url: string;
  port: number;
  db: Db;
  /** What this start set up: the staff sign-in (first start only) and fresh enrolment codes. */
  start: StartReport;
  /** Finishes requests in flight, stops listening and closes the database. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the hub: opens the database (PostgreSQL if databaseUrl/DATABASE_URL, else PGlite in
 * dataDir/DATA_DIR, './data' by default, or in memory for 'memory://'), applies pending
 * migrations (a failure rejects with a MigrationError and nothing is served), then serves the
 * API and the built app in distDir (./dist) on port/PORT (8787; 0 for any free port).
 */
export async function startHub(opts: HubOptions = {}): Promise<Hub> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const config = resolveConfig(opts);
  const db = await openDb({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir, log });
  try {
    await runMigrations(db, { log });
    const firstStart = resolveFirstStart(opts);
    const start = await prepareHubData(db, {
      demo: firstStart.demo ? demoReferenceData() : undefined,
      now: new Date(),
      resetStaffPassword: firstStart.resetStaffPassword,
      ...(firstStart.staffEmail ? { staffEmail: firstStart.staffEmail } : {}),
    });
    const app = createApp({
      db,
      distDir: config.distDir,
      bodyLimitBytes: config.bodyLimitBytes,
      log,
      ...(opts.limits ? { limits: opts.limits } : {}),
    });
    const server = await listen(app, { port: config.port, host: config.host });
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost(config.host)}:${server.port}`,
      port: server.port,
      db,
      start,
      close: () => (closing ??= server.close().finally(() => db.close())),
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
