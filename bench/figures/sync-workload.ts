// Shared by the sync and hub-ingest figures: a hub on this machine with the embedded database,
// one enrolled tablet, and pushes of realistic records made the way the app makes them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { gzip } from 'node:zlib';
import { demoRecords } from '../../src/core/demo';
import type { RecordData } from '../../src/core/schemas';
import { MAX_PUSH_BATCH, type EnrolResponse, type PushRequest, type PushResponse, type RecordChange } from '../../src/core/sync';
import { startHub, type Hub } from '../../src/hub/server';
import { uuidv7 } from '../../src/hub/services/uuidv7';

const gzipAsync = promisify(gzip);
export const SUB_CONTRACT = 'sc-advice-debt';

export interface BenchHub {
  hub: Hub;
  device: EnrolResponse;
  close(): Promise<void>;
}

/** `npm start` as a tablet meets it: PGlite in a data folder, the demo consortium, one enrolled device. */
export async function startBenchHub(): Promise<BenchHub> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-hub-'));
  let hub: Hub | undefined;
  try {
    hub = await startHub({ port: 0, host: '127.0.0.1', dataDir: dir, distDir: join(dir, 'no-dist'), demo: true, log: () => undefined, limits: { deviceBurst: 1e9 } });
    const code = hub.start.enrolmentCodes.find((c) => c.memberId === 'm-advice')!.code;
    const response = await fetch(`${hub.url}/api/enrol`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, deviceName: 'Bench tablet' }) });
    if (response.status !== 201) throw new Error(`Enrolment failed: ${response.status} ${await response.text()}`);
    const device = (await response.json()) as EnrolResponse;
    const running = hub;
    return { hub: running, device, close: () => running.close().finally(() => rm(dir, { recursive: true, force: true })) };
  } catch (error) {
    await hub?.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * 10,000 records of one sub-contract's quarter (contacts, outcomes, volunteer hours, spend) as
 * creates, in batches of 500. Ids are UUIDv7 as on a device (the demo's readable ids would
 * compress unrealistically well); volunteer hours are by the member's two demo volunteers.
 */
export function pushBatches(seed: number, count = 10_000): PushRequest[] {
  const records = demoRecords({ subContractId: SUB_CONTRACT, quarter: '2026-Q2', count, seed }).map((r): RecordData => {
    const at = new Date(r.createdAt);
    const id = uuidv7(at);
    if (r.type !== 'volunteer-hours') return { ...r, id };
    const volunteerId = r.volunteerId.replace(/-(\d+)$/, (_, n: string) => `-${((Number(n) - 1) % 2) + 1}`);
    return { ...r, id, volunteerId, personId: volunteerId };
  });
  const changes: RecordChange[] = records.map((data) => ({
    changeId: uuidv7(new Date(data.updatedAt)),
    entity: 'record',
    entityId: data.id,
    op: 'upsert',
    version: 1,
    baseVersion: 0,
    personId: data.personId,
    deviceTime: data.updatedAt,
    data,
  }));
  const batches: PushRequest[] = [];
  for (let i = 0; i < changes.length; i += MAX_PUSH_BATCH) {
    batches.push({ deviceTime: new Date().toISOString(), changes: changes.slice(i, i + MAX_PUSH_BATCH) });
  }
  return batches;
}

export interface PushOutcome {
  applied: number;
  /** Bytes on the wire for the whole exchange (request and response, headers included). */
  bytesSent: number;
  bytesReceived: number;
}

/** Milliseconds one call of `fn` takes (the shared harness times synchronous code only). */
export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A push as the client sends it: the JSON, gzipped. */
export async function encodeBatches(batches: PushRequest[]): Promise<Buffer[]> {
  return Promise.all(batches.map((batch) => gzipAsync(JSON.stringify(batch))));
}

/**
 * The tablet: a worker thread that pushes batches one after another as the app's outbox does —
 * JSON, gzip, POST over HTTP on one keep-alive connection, read the answer — and counts the
 * bytes its socket carried. Load it (untimed), then time `push()`.
 */
export interface BenchClient {
  /** Batches to encode in the client, or bodies already encoded (to time the hub's side only). */
  load(work: { batches: PushRequest[] } | { bodies: Buffer[] }): Promise<void>;
  push(): Promise<PushOutcome>;
  close(): Promise<void>;
}

export async function startBenchClient(bench: BenchHub): Promise<BenchClient> {
  const worker = new Worker(new URL('./sync-client-worker.mjs', import.meta.url));
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', (message: { kind: string; message?: string } & T) =>
        message.kind === 'error' ? reject(new Error(message.message)) : resolve(message),
      );
      worker.once('error', reject);
    });
  const base = { kind: 'load', url: new URL('/api/sync/push', bench.hub.url).href, token: bench.device.token };
  return {
    async load(work) {
      const loaded = next<unknown>();
      if ('bodies' in work) {
        const bodies = work.bodies.map((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
        worker.postMessage({ ...base, bodies }, bodies);
      } else {
        worker.postMessage({ ...base, batches: work.batches });
      }
      await loaded;
    },
    async push() {
      const done = next<PushOutcome>();
      worker.postMessage({ kind: 'go' });
      const { applied, bytesSent, bytesReceived } = await done;
      return { applied, bytesSent, bytesReceived };
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
