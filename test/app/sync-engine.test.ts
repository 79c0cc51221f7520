import { describe, expect, it } from 'vitest';
import { deleteRecord } from '../../src/app/store/deleteRecord';
import { saveRecord } from '../../src/app/store/saveRecord';
import { readSyncMeta } from '../../src/app/sync/dexieSyncStore';
import type { Transport } from '../../src/app/sync/types';
import { MAX_PUSH_BATCH } from '../../src/core/sync';
import { NORTH, people } from '../hub/support/fixtures';
import { contactInput, type Device, hubRecords, hubTransport, outbox, saveContact, syncTestBed, type TestHub } from './sync-support';

const HUB_NOW = Date.parse('2026-05-01T09:00:00.000Z');
let hub: TestHub;
const { device } = syncTestBed((opened) => (hub = opened), { limits: { pullPageSize: 7 }, now: () => new Date(HUB_NOW) });

/** Delivers requests to the hub but loses the answer to the first `times` pushes. */
function losingAnswers(times: number): Transport {
  let left = times;
  return async (path, init) => {
    const response = await hubTransport(hub)(path, init);
    if (path === '/api/sync/push' && left > 0) {
      left -= 1;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
}

describe('pushing the outbox', () => {
  it('sends every saved record, empties the outbox, and remembers the sync', async () => {
    const d = await device();
    const saved = [];
    for (let i = 0; i < 5; i++) saved.push(await saveContact(d, { clientRef: `BRK-${i}` }));

    const report = await d.sync();

    expect(report).toMatchObject({ outcome: 'synced', tally: { accepted: 5, rejected: 0, conflicts: 0, settled: 0 } });
    const atHub = await hubRecords(hub, NORTH);
    for (const record of saved) {
      expect(atHub.get(record.id)).toMatchObject({ version: 1, deleted: false, deviceId: d.deviceId, data: { clientRef: record.clientRef } });
    }
    await expect(outbox(d)).resolves.toEqual([]);
    const meta = await readSyncMeta(d.db);
    expect(meta.lastSyncAt).not.toBeNull();
    expect(meta.problem).toBeNull();
    expect(Number(meta.pullCursor)).toBeGreaterThan(0);
  });

  it('pushes in batches of at most MAX_PUSH_BATCH, reporting progress', async () => {
    const sizes: number[] = [];
    const d = await device(async (path, init) => {
      if (path === '/api/sync/push') sizes.push((JSON.parse(init.body as string) as { changes: unknown[] }).changes.length);
      return hubTransport(hub)(path, init);
    });
    for (let i = 0; i < MAX_PUSH_BATCH + 20; i++) await saveContact(d, { clientRef: `BAT-${i}` });
    const progress: string[] = [];

    const report = await d.sync({ onProgress: (p) => p.phase === 'pushing' && progress.push(`${p.sent}/${p.total}`) });

    expect(report).toMatchObject({ outcome: 'synced', tally: { accepted: MAX_PUSH_BATCH + 20 } });
    expect(sizes).toEqual([MAX_PUSH_BATCH, 20]);
    expect(progress).toEqual(['0/520', '500/520', '500/520', '520/520']);
  });

  it('sends gzipped bodies the hub accepts', async () => {
    let encoding: string | null = null;
    const d = await device(async (path, init) => {
      if (path === '/api/sync/push') encoding = new Headers(init.headers).get('Content-Encoding');
      return hubTransport(hub)(path, init);
    });
    const saved = await saveContact(d, { clientRef: 'GZIP-1' });

    await expect(d.sync({ compress: true })).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 1 } });
    expect(encoding).toBe('gzip');
    expect((await hubRecords(hub, NORTH)).get(saved.id)?.data).toMatchObject({ clientRef: 'GZIP-1' });
  });

  it('sends a change again when the answer was lost, and the hub keeps it once', async () => {
    const d = await device(losingAnswers(1));
    const saved = await saveContact(d, { clientRef: 'LOST-1' });

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'failed', problem: { kind: 'unreachable' } });
    const [waiting] = await outbox(d);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Failed to fetch' });
    expect((await hubRecords(hub, NORTH)).get(saved.id)).toMatchObject({ version: 1 });

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 1 } });
    await expect(outbox(d)).resolves.toEqual([]);
    const { rows } = await hub.db.query<{ n: number }>('select count(*)::int as n from change_outcomes where entity_id = $1', [saved.id]);
    expect(rows[0]!.n).toBe(1);
  });

  it('keeps an edit made while its record was on the way, and sends it after', async () => {
    let d!: Device;
    const pushed: number[][] = [];
    d = await device(async (path, init) => {
      if (path === '/api/sync/push') {
        const versions = (JSON.parse(init.body as string) as { changes: { version: number }[] }).changes.map((c) => c.version);
        pushed.push(versions);
        if (pushed.length === 1) {
          const [first] = await d.db.records.toArray();
          await saveRecord(d.db, { ...contactInput(NORTH, { clientRef: 'EDIT-2' }), id: first!.id }, people(NORTH).staff);
        }
      }
      return hubTransport(hub)(path, init);
    });
    const saved = await saveContact(d, { clientRef: 'EDIT-1' });

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 2 } });

    // The answer to version 1 removed only version 1's entry; version 2 went in the next push.
    expect(pushed).toEqual([[1], [2]]);
    expect((await hubRecords(hub, NORTH)).get(saved.id)).toMatchObject({ version: 2, data: { clientRef: 'EDIT-2' } });
    expect(await d.db.records.get(saved.id)).toMatchObject({ version: 2, clientRef: 'EDIT-2' });
    await expect(outbox(d)).resolves.toEqual([]);
  });

  it('sends a record’s edits one push after another, never two in one push', async () => {
    const pushed: number[][] = [];
    const d = await device(async (path, init) => {
      if (path === '/api/sync/push') pushed.push((JSON.parse(init.body as string) as { changes: { version: number }[] }).changes.map((c) => c.version));
      return hubTransport(hub)(path, init);
    });
    const saved = await saveContact(d, { clientRef: 'CHAIN-1' });
    const other = await saveContact(d, { clientRef: 'OTHER-1' });
    for (const ref of ['CHAIN-2', 'CHAIN-3']) await saveRecord(d.db, { ...contactInput(NORTH, { clientRef: ref }), id: saved.id }, people(NORTH).staff);

    await d.sync();

    expect(pushed).toEqual([[1, 1], [2], [3]]);
    expect((await hubRecords(hub, NORTH)).get(saved.id)).toMatchObject({ version: 3, data: { clientRef: 'CHAIN-3' } });
    expect((await hubRecords(hub, NORTH)).get(other.id)).toMatchObject({ version: 1 });
  });
});

describe('pulling', () => {
  it('brings other devices’ new, edited and deleted records, page by page', async () => {
    const a = await device();
    const b = await device();
    const made = [];
    for (let i = 0; i < 20; i++) made.push(await saveContact(a, { clientRef: `PULL-${i}` }));
    await saveRecord(a.db, { ...contactInput(NORTH, { clientRef: 'PULL-EDITED' }), id: made[0]!.id }, people(NORTH).staff);
    await deleteRecord(a.db, made[1]!.id, people(NORTH).staff);
    await a.sync();

    const report = await b.sync();

    expect(report).toMatchObject({ outcome: 'synced' });
    expect((report as { pulledPages: number }).pulledPages).toBeGreaterThan(2);
    for (const record of made.slice(2)) expect(await b.db.records.get(record.id)).toMatchObject({ version: 1, deleted: 0, clientRef: record.clientRef });
    expect(await b.db.records.get(made[0]!.id)).toMatchObject({ version: 2, deleted: 0, clientRef: 'PULL-EDITED', quarter: '2026-Q1' });
    // A deleted record the device never had stays unknown to it.
    expect(await b.db.records.get(made[1]!.id)).toBeUndefined();
    await expect(outbox(b)).resolves.toEqual([]);

    // Then a delete of a record it does have.
    await deleteRecord(a.db, made[2]!.id, people(NORTH).staff);
    await a.sync();
    await b.sync();
    expect(await b.db.records.get(made[2]!.id)).toMatchObject({ version: 2, deleted: 1, clientRef: made[2]!.clientRef });
  });

  it('starts again from the beginning when the hub says the cursor is ahead of it', async () => {
    const a = await device();
    const saved = await saveContact(a, { clientRef: 'AHEAD-1' });
    await a.sync();
    const b = await device();
    await b.db.meta.put({ key: 'pullCursor', value: '999999999' });

    await expect(b.sync()).resolves.toMatchObject({ outcome: 'synced' });
    expect(await b.db.records.get(saved.id)).toMatchObject({ clientRef: 'AHEAD-1' });
    expect(Number((await readSyncMeta(b.db)).pullCursor)).toBeLessThan(999999999);
  });
});

describe('clock skew', () => {
  it('is measured at each sync against the hub’s clock and stored', async () => {
    const d = await device();
    await saveContact(d);
    const fiveMinutesFast = () => HUB_NOW + 5 * 60_000;

    await expect(d.sync({ now: fiveMinutesFast })).resolves.toMatchObject({ outcome: 'synced', clockSkewMs: 300_000 });
    expect((await readSyncMeta(d.db)).clockSkewMs).toBe(300_000);

    await d.sync({ now: () => HUB_NOW - 90_000 });
    expect((await readSyncMeta(d.db)).clockSkewMs).toBe(-90_000);
  });
});
