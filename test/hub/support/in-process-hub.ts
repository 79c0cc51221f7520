/**
 * A hub in this process for sync tests (the chaos test among them), reached through a
 * fetch-compatible function instead of a socket, that can be stopped and restarted on the same
 * data like a real hub process.
 *
 *   const hub = await openInProcessHub();            // two-member consortium, staff user
 *   const device = await hub.enrol(NORTH);           // { deviceId, token, memberId, reference }
 *   await hub.fetch(`${hub.baseUrl}/api/sync/push`, { method: 'POST', headers: { Authorization:
 *     `Bearer ${device.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(push) });
 *   await hub.restart();                             // close the database and open it again
 *   await hub.stop(); … fetch rejects like a refused connection …; await hub.start();
 *   await hub.close();                               // and delete its data
 *
 * Storage: PGlite in a temporary folder (restart reopens that folder), or, when
 * TEST_DATABASE_URL is set, a schema of its own on that server (restart opens a new pool).
 * A restart waits for requests in flight, as a graceful stop would; the app is made anew, so
 * in-memory rate limits start again too. Limits default to generous ones; pass `limits` to test
 * them, and `now` to drive the hub's clock.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Hono } from 'hono';
import type { ReferenceData } from '../../../src/core/schemas';
import type { EnrolResponse } from '../../../src/core/sync';
import type { Db } from '../../../src/hub/db/db';
import { runMigrations } from '../../../src/hub/db/migrate';
import { openPglite } from '../../../src/hub/db/pglite';
import { openPostgres, quoteIdent } from '../../../src/hub/db/postgres';
import type { HubLimits } from '../../../src/hub/http/api-deps';
import { createApp } from '../../../src/hub/http/app';
import { createStaffUser } from '../../../src/hub/services/staff-auth';
import { twoMembers } from './fixtures';
import { loadReference, STAFF } from './harness';
import { enrolDevice, type HubFetch } from './hub-client';

export interface InProcessHub {
  /** Use with absolute URLs under baseUrl, exactly like the global fetch. */
  fetch: typeof fetch;
  baseUrl: string;
  /** The database of the current run (a new object after each restart). */
  readonly db: Db;
  /** Staff sign-in of this hub. */
  staff: { email: string; password: string };
  enrol(memberId: string, deviceName?: string): Promise<EnrolResponse>;
  /** Like a stop and a start: waits for requests in flight, closes the database, opens it again. */
  restart(): Promise<void>;
  /** Stops the hub: fetch rejects with a TypeError, as for a refused connection, until start(). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the hub and deletes its data. */
  close(): Promise<void>;
}

export interface InProcessHubOptions {
  reference?: ReferenceData;
  limits?: Partial<HubLimits>;
  now?: () => Date;
  bodyLimitBytes?: number;
}

const GENEROUS: Partial<HubLimits> = { deviceBurst: 1_000_000, signInAttemptsPerIp: 1_000_000, enrolFailuresPerIp: 1_000_000 };

export async function openInProcessHub(options: InProcessHubOptions = {}): Promise<InProcessHub> {
  const storage = await openStorage();
  let db: Db = await storage.open();
  await runMigrations(db);
  await loadReference(db, options.reference ?? twoMembers());
  await createStaffUser(db, { ...STAFF, displayName: 'Hub Staff' });

  const makeApp = (): Hono =>
    createApp({
      db,
      limits: { ...GENEROUS, ...options.limits },
      ...(options.now ? { now: options.now } : {}),
      ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
    });
  let app: Hono | undefined = makeApp();
  const inFlight = new Set<Promise<unknown>>();

  const hubFetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    if (!app) return Promise.reject(new TypeError('fetch failed: the hub is not running'));
    const answer = Promise.resolve(app.request(input instanceof URL ? input.href : input, init, { incoming: { socket: { remoteAddress: '192.0.2.50' } } }));
    const tracked = answer.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    return answer;
  }) as typeof fetch;

  const stop = async () => {
    if (!app) return;
    app = undefined;
    await Promise.allSettled([...inFlight]);
    await db.close();
  };
  const start = async () => {
    if (app) return;
    db = await storage.open();
    await runMigrations(db);
    app = makeApp();
  };
  const baseUrl = 'http://hub.test';
  const relative: HubFetch = (path, init) => hubFetch(`${baseUrl}${path}`, init);
  return {
    fetch: hubFetch,
    baseUrl,
    get db() {
      return db;
    },
    staff: STAFF,
    enrol: (memberId, deviceName) => enrolDevice(relative, STAFF, memberId, deviceName),
    restart: async () => {
      await stop();
      await start();
    },
    stop,
    start,
    close: async () => {
      await stop();
      await storage.remove();
    },
  };
}

interface Storage {
  open(): Promise<Db>;
  remove(): Promise<void>;
}

async function openStorage(): Promise<Storage> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = await mkdtemp(join(tmpdir(), 'in-process-hub-'));
    return { open: () => openPglite(join(dir, 'pglite')), remove: () => rm(dir, { recursive: true, force: true }) };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await admin(url, `create schema ${quoteIdent(schema)}`);
  return { open: () => openPostgres(url, { searchPath: schema }), remove: () => admin(url, `drop schema ${quoteIdent(schema)} cascade`) };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
