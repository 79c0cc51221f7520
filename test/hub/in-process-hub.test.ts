import { afterEach, describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse } from '../../src/core/sync';
import { NORTH, contact, push, upsert } from './support/fixtures';
import { openInProcessHub, type InProcessHub } from './support/in-process-hub';

let hub: InProcessHub;
afterEach(() => hub.close());

const post = (token: string, body: unknown) =>
  hub.fetch(`${hub.baseUrl}/api/sync/push`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('openInProcessHub (the seam for sync client and chaos tests)', () => {
  it('keeps devices and records across a restart, and refuses connections while stopped', async () => {
    hub = await openInProcessHub();
    const device = await hub.enrol(NORTH);
    const record = contact(NORTH);
    const change = upsert(record);
    expect(((await (await post(device.token, push(change))).json()) as PushResponse).results[0]!.status).toBe('applied');

    await hub.restart();
    expect(((await (await post(device.token, push(change))).json()) as PushResponse).results[0]!.status).toBe('duplicate');

    await hub.stop();
    await expect(post(device.token, push(change))).rejects.toThrow(TypeError);
    await hub.start();
    const pulled = (await (await hub.fetch(new URL(`${hub.baseUrl}/api/sync/pull?since=0`), { headers: { Authorization: `Bearer ${device.token}` } })).json()) as PullResponse;
    expect(pulled.records.map((r) => r.entityId)).toEqual([record.id]);
  });

  it('lets a request in flight finish before a restart closes the database', async () => {
    hub = await openInProcessHub();
    const device = await hub.enrol(NORTH);
    const inFlight = post(device.token, push(...Array.from({ length: 200 }, () => upsert(contact(NORTH)))));
    const restarting = hub.restart();
    expect((await inFlight).status).toBe(200);
    await restarting;
    expect((await hub.db.query('select 1 from records')).rowCount).toBe(200);
  });
});
