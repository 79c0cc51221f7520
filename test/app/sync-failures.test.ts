import { describe, expect, it } from 'vitest';
import { readSyncMeta } from '../../src/app/sync/dexieSyncStore';
import type { Transport } from '../../src/app/sync/types';
import { NORTH } from '../hub/support/fixtures';
import { hubRecords, hubTransport, outbox, saveContact, syncTestBed, type TestHub } from './sync-support';

let hub: TestHub;
const { device, otherHub } = syncTestBed((opened) => (hub = opened));

const problem = (status: number, detail: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, detail }), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

describe('when the hub cannot take the outbox now', () => {
  it('keeps everything and asks for enrolment again when the device was removed (401)', async () => {
    const d = await device();
    const first = await saveContact(d, { clientRef: 'KEEP-1' });
    await d.sync();
    const second = await saveContact(d, { clientRef: 'KEEP-2' });
    await hub.revoke(d.deviceId);

    const report = await d.sync();

    expect(report).toMatchObject({ outcome: 'failed', problem: { kind: 'needs-enrolment' } });
    expect((report as { problem: { detail: string } }).problem.detail).toMatch(/removed this device/);
    expect(await d.db.records.get(first.id)).toMatchObject({ clientRef: 'KEEP-1' });
    expect(await d.db.records.get(second.id)).toMatchObject({ clientRef: 'KEEP-2' });
    expect(await outbox(d)).toMatchObject([{ status: 'pending', attempts: 1, change: { entityId: second.id } }]);
    expect((await readSyncMeta(d.db)).problem).toMatchObject({ kind: 'needs-enrolment' });
    expect((await hubRecords(hub, NORTH)).has(second.id)).toBe(false);
  });

  it('waits as long as the hub asks when it is too busy (429 Retry-After)', async () => {
    const strict = await otherHub({ limits: { deviceBurst: 2, deviceRequestsPerSecond: 0.01 } });
    const d = await device(undefined, strict);
    await saveContact(d);
    await expect(d.sync()).resolves.toMatchObject({ outcome: 'synced' }); // a push and a pull
    await saveContact(d);

    const report = await d.sync();

    expect(report).toMatchObject({ outcome: 'failed', problem: { kind: 'busy' } });
    expect((report as { retryAfterMs: number }).retryAfterMs).toBeGreaterThanOrEqual(1_000);
    expect((report as { retryAfterMs: number }).retryAfterMs % 1_000).toBe(0);
    expect(await outbox(d)).toHaveLength(1);
  });

  it('counts a failed try on each change with the reason, for the hub’s errors (5xx)', async () => {
    const d = await device(async (path, init) => (path === '/api/sync/push' ? problem(500, 'Something went wrong in the hub') : hubTransport(hub)(path, init)));
    await saveContact(d, { clientRef: 'FIVE-1' });
    await saveContact(d, { clientRef: 'FIVE-2' });

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'failed', problem: { kind: 'hub-error', detail: 'Something went wrong in the hub' }, retryAfterMs: null });
    await expect(d.sync()).resolves.toMatchObject({ outcome: 'failed' });
    expect(await outbox(d)).toMatchObject([
      { status: 'pending', attempts: 2, lastError: 'Something went wrong in the hub' },
      { status: 'pending', attempts: 2, lastError: 'Something went wrong in the hub' },
    ]);
    expect((await readSyncMeta(d.db)).lastSyncAt).toBeNull();
  });

  it('gives up waiting on a hub that does not answer, and says so (timeout)', async () => {
    const silent: Transport = (_path, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const d = await device(silent);
    await saveContact(d);

    await expect(d.sync({ timeoutMs: 20 })).resolves.toMatchObject({ outcome: 'failed', problem: { kind: 'timeout' } });
    expect(await outbox(d)).toMatchObject([{ status: 'pending', attempts: 1 }]);
  });

  it('says the hub could not be reached when there is no network', async () => {
    const d = await device(() => Promise.reject(new TypeError('Failed to fetch')));
    await saveContact(d);
    await expect(d.sync()).resolves.toMatchObject({ outcome: 'failed', problem: { kind: 'unreachable', detail: 'Failed to fetch' } });
    expect((await readSyncMeta(d.db)).problem).toMatchObject({ kind: 'unreachable' });
  });

  it('does not act on an answer that does not match what was sent', async () => {
    const d = await device(async (path, init) => {
      const response = await hubTransport(hub)(path, init);
      if (path !== '/api/sync/push') return response;
      const body = (await response.json()) as { hubTime: string; results: unknown[] };
      return new Response(JSON.stringify({ ...body, results: body.results.slice(1) }), { status: 200 });
    });
    await saveContact(d);
    await saveContact(d);

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'failed', problem: { kind: 'bad-answer' } });
    expect(await outbox(d)).toHaveLength(2);
  });

  it('does nothing for a device that is not enrolled', async () => {
    const d = await device();
    await d.db.device.clear();
    await expect(d.sync()).resolves.toEqual({ outcome: 'not-enrolled' });
  });
});
