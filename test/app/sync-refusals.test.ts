import { describe, expect, it } from 'vitest';
import { saveRecord } from '../../src/app/store/saveRecord';
import { THIS_DEVICE } from '../../src/app/store/types';
import { discardChange } from '../../src/app/sync/discardChange';
import { readSyncMeta } from '../../src/app/sync/dexieSyncStore';
import { sendAgain } from '../../src/app/sync/sendAgain';
import type { Transport } from '../../src/app/sync/types';
import { ReferenceData } from '../../src/core/schemas';
import { NORTH, people, twoMembers } from '../hub/support/fixtures';
import { loadReference } from '../hub/support/harness';
import { contactInput, type Device, hubRecords, hubTransport, outbox, saveContact, syncTestBed, type TestHub } from './sync-support';

let hub: TestHub;
const { device, otherHub } = syncTestBed((opened) => (hub = opened));

const NEWCOMER = 'm-north-newcomer';
const newcomer = { id: NEWCOMER, memberId: NORTH, displayName: 'Nia Newcomer', role: 'staff' as const };

/** The device knows a person the hub does not (yet): its changes are refused (S1). */
async function addPersonOnDeviceOnly(d: Device) {
  const row = (await d.db.reference.get(THIS_DEVICE))!;
  await d.db.reference.put({ ...row, data: { ...row.data, people: [...row.data.people, { ...newcomer, active: true }] } });
}

function pushBodies(seen: { changeIds: string[] }[]): (transport: Transport) => Transport {
  return (transport) => async (path, init) => {
    if (path === '/api/sync/push') seen.push({ changeIds: (JSON.parse(init.body as string) as { changes: { changeId: string }[] }).changes.map((c) => c.changeId) });
    return transport(path, init);
  };
}

describe('a change the hub refuses', () => {
  it('is quarantined with the hub’s findings and never holds up the rest', async () => {
    const pushes: { changeIds: string[] }[] = [];
    const d = await device(pushBodies(pushes)(hubTransport(hub)));
    await addPersonOnDeviceOnly(d);
    const good1 = await saveContact(d, { clientRef: 'GOOD-1' });
    const refused = await saveContact(d, { clientRef: 'REFUSED-1' }, NEWCOMER);
    const good2 = await saveContact(d, { clientRef: 'GOOD-2' });

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 2, rejected: 1 } });

    const atHub = await hubRecords(hub, NORTH);
    expect(atHub.has(good1.id) && atHub.has(good2.id)).toBe(true);
    expect(atHub.has(refused.id)).toBe(false);
    const [entry] = await outbox(d);
    expect(entry).toMatchObject({ status: 'quarantined', attempts: 1, change: { entityId: refused.id } });
    expect(entry!.findings).toEqual([expect.objectContaining({ ruleId: 'S1', severity: 'error', path: 'personId' })]);
    expect(entry!.lastError).toBe(entry!.findings[0]!.message);

    // It is not sent again by itself.
    const before = pushes.length;
    await d.sync();
    expect(pushes.length).toBe(before);
  });

  it('is fixed by editing the record: the edit goes as one change from the hub’s version', async () => {
    const d = await device();
    await addPersonOnDeviceOnly(d);
    const refused = await saveContact(d, { clientRef: 'FIX-1' }, NEWCOMER);
    await d.sync();
    await saveRecord(d.db, { ...contactInput(NORTH, { clientRef: 'FIX-2' }), id: refused.id }, people(NORTH).staff);
    expect(await d.db.records.get(refused.id)).toMatchObject({ version: 2 });

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 1, rejected: 0 } });

    expect((await hubRecords(hub, NORTH)).get(refused.id)).toMatchObject({ version: 1, data: { clientRef: 'FIX-2', personId: people(NORTH).staff } });
    expect(await d.db.records.get(refused.id)).toMatchObject({ version: 1, clientRef: 'FIX-2' });
    await expect(outbox(d)).resolves.toEqual([]);
  });

  it('can be sent again once the hub knows the person', async () => {
    const d = await device();
    await addPersonOnDeviceOnly(d);
    const refused = await saveContact(d, { clientRef: 'AGAIN-1' }, NEWCOMER);
    await d.sync();
    const [entry] = await outbox(d);
    await loadReference(hub.db, ReferenceData.parse({ ...twoMembers(), people: [...twoMembers().people, newcomer] }));

    await sendAgain(d.db, entry!.seq!);
    const [queued] = await outbox(d);
    expect(queued).toMatchObject({ status: 'pending', findings: [] });
    expect(queued!.change.changeId).not.toBe(entry!.change.changeId);
    await expect(d.sync()).resolves.toMatchObject({ tally: { accepted: 1 } });
    expect((await hubRecords(hub, NORTH)).get(refused.id)).toMatchObject({ version: 1, data: { clientRef: 'AGAIN-1' } });
    await loadReference(hub.db, twoMembers());
  });

  it('can be given up: a refused new record leaves the device', async () => {
    const d = await device();
    await addPersonOnDeviceOnly(d);
    const refused = await saveContact(d, { clientRef: 'GIVE-UP-1' }, NEWCOMER);
    await d.sync();
    const [entry] = await outbox(d);

    await discardChange(d.db, entry!.seq!);

    expect(await d.db.records.get(refused.id)).toBeUndefined();
    await expect(outbox(d)).resolves.toEqual([]);
    await expect(discardChange(d.db, entry!.seq!)).rejects.toThrow('no longer waiting');
  });
});

describe('a push the hub refuses as a whole', () => {
  it('is split in half until it fits (413)', async () => {
    const small = await otherHub({ bodyLimitBytes: 2_500 });
    const pushes: { changeIds: string[] }[] = [];
    const d = await device(pushBodies(pushes)(hubTransport(small)), small);
    for (let i = 0; i < 12; i++) await saveContact(d, { clientRef: `SPLIT-${i}` });

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 12, rejected: 0 } });

    expect(pushes.map((p) => p.changeIds.length).slice(0, 3)).toEqual([12, 6, 3]);
    expect((await hubRecords(small, NORTH)).size).toBe(12);
    await expect(outbox(d)).resolves.toEqual([]);
  });

  it('quarantines a single change too large to send at all, and sends the rest', async () => {
    const tiny = await otherHub({ bodyLimitBytes: 2_500 });
    const d = await device(undefined, tiny);
    const ok = await saveContact(d, { clientRef: 'SMALL-1' });
    // A long service name makes one change larger than the hub takes, even alone.
    const huge = await saveContact(d, { clientRef: 'HUGE-1', service: 'x'.repeat(80), demographics: {} });
    await d.db.outbox.toCollection().modify((e) => {
      if (e.change.entityId === huge.id) e.change = { ...e.change, data: { ...e.change.data!, service: 'y'.repeat(2_600) } as never };
    });

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 1, rejected: 1 } });
    expect((await hubRecords(tiny, NORTH)).has(ok.id)).toBe(true);
    const [entry] = await outbox(d);
    expect(entry).toMatchObject({ status: 'quarantined', change: { entityId: huge.id }, findings: [{ ruleId: 'S0' }] });
    expect(entry!.findings[0]!.message).toMatch(/too large/);
  });

  it('finds the one change in a batch the hub cannot read (400) and quarantines only it', async () => {
    let poison = '';
    const d = await device(async (path, init) => {
      if (path === '/api/sync/push' && (init.body as string).includes(poison)) {
        return new Response(JSON.stringify({ code: '400.2', detail: 'changes.0.data.date: not a date' }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
      }
      return hubTransport(hub)(path, init);
    });
    for (let i = 0; i < 5; i++) await saveContact(d, { clientRef: `READ-${i}` });
    poison = (await saveContact(d, { clientRef: 'POISON-1' })).id;

    await expect(d.sync()).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 5, rejected: 1 } });
    expect(await outbox(d)).toMatchObject([{ status: 'quarantined', change: { entityId: poison }, findings: [{ ruleId: 'S0', message: 'The hub could not accept this change: changes.0.data.date: not a date' }] }]);
  });

  it('is sent uncompressed when the hub does not take gzip (415)', async () => {
    const d = await device(async (path, init) => {
      if (new Headers(init.headers).get('Content-Encoding') === 'gzip') return new Response('{}', { status: 415 });
      return hubTransport(hub)(path, init);
    });
    const saved = await saveContact(d, { clientRef: 'PLAIN-1' });
    await expect(d.sync({ compress: true })).resolves.toMatchObject({ outcome: 'synced', tally: { accepted: 1 } });
    expect((await hubRecords(hub, NORTH)).has(saved.id)).toBe(true);
  });
});
