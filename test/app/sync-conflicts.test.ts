import { describe, expect, it } from 'vitest';
import { deleteRecord } from '../../src/app/store/deleteRecord';
import { saveRecord } from '../../src/app/store/saveRecord';
import { resolveConflict } from '../../src/app/sync/resolveConflict';
import type { Transport } from '../../src/app/sync/types';
import { NORTH, people } from '../hub/support/fixtures';
import { contactInput, type Device, hubRecords, hubTransport, outbox, saveContact, syncTestBed, type TestHub } from './sync-support';

let hub: TestHub;
const { device } = syncTestBed((opened) => (hub = opened));

const staff = people(NORTH).staff;
const manager = people(NORTH).manager;
const edit = (d: Device, id: string, clientRef: string, by = staff) => saveRecord(d.db, { ...contactInput(NORTH, { clientRef }), id }, by);

/** A record made on A and known to B, both at version 1. */
async function shared() {
  const a = await device();
  const b = await device();
  const record = await saveContact(a, { clientRef: 'SHARED-1' });
  await a.sync();
  await b.sync();
  expect(await b.db.records.get(record.id)).toMatchObject({ version: 1 });
  return { a, b, id: record.id };
}

describe('the same record changed on two devices', () => {
  it('keeps both versions for a person to choose, and holds back later edits of it', async () => {
    const pushed: string[] = [];
    const { a, id } = await shared();
    const b = await device(async (path, init) => {
      if (path === '/api/sync/push') pushed.push(init.body as string);
      return hubTransport(hub)(path, init);
    });
    await b.sync();
    await edit(a, id, 'FROM-A');
    await a.sync();
    await edit(b, id, 'FROM-B');
    await edit(b, id, 'FROM-B-AGAIN');

    await expect(b.sync()).resolves.toMatchObject({ outcome: 'synced', tally: { conflicts: 1, accepted: 0 } });

    expect(await outbox(b)).toMatchObject([
      { status: 'conflict', change: { version: 2, baseVersion: 1 }, hubCopy: { entityId: id, version: 2, deleted: false, data: { clientRef: 'FROM-A' } } },
      { status: 'pending', change: { version: 3, baseVersion: 2 } },
    ]);
    expect(await b.db.records.get(id)).toMatchObject({ version: 3, clientRef: 'FROM-B-AGAIN' });
    // Version 3 was based on B's own version 2, not A's: it must not reach the hub by itself.
    await b.sync();
    expect(pushed).toHaveLength(1);
    expect((await hubRecords(hub, NORTH)).get(id)).toMatchObject({ version: 2, data: { clientRef: 'FROM-A' } });
  });

  it('"Keep mine" sends the device’s version on top of the hub’s, and the other device gets it', async () => {
    const { a, b, id } = await shared();
    await edit(a, id, 'FROM-A');
    await a.sync();
    await edit(b, id, 'FROM-B');
    await edit(b, id, 'FROM-B-AGAIN');
    await b.sync();
    const [conflict] = await outbox(b);

    await resolveConflict(b.db, conflict!.seq!, 'mine', { personId: manager });
    expect(await outbox(b)).toMatchObject([{ status: 'pending', change: { version: 3, baseVersion: 2, personId: manager } }]);
    await expect(b.sync()).resolves.toMatchObject({ tally: { accepted: 1, conflicts: 0 } });

    expect((await hubRecords(hub, NORTH)).get(id)).toMatchObject({ version: 3, data: { clientRef: 'FROM-B-AGAIN', personId: manager } });
    expect(await b.db.records.get(id)).toMatchObject({ version: 3, clientRef: 'FROM-B-AGAIN' });
    await a.sync();
    expect(await a.db.records.get(id)).toMatchObject({ version: 3, clientRef: 'FROM-B-AGAIN' });
  });

  it('"Keep the hub’s" takes the hub’s version and drops the device’s changes to that record', async () => {
    const { a, b, id } = await shared();
    await edit(a, id, 'FROM-A');
    await a.sync();
    await edit(b, id, 'FROM-B');
    await b.sync();
    const [conflict] = await outbox(b);

    await resolveConflict(b.db, conflict!.seq!, 'hub');

    await expect(outbox(b)).resolves.toEqual([]);
    expect(await b.db.records.get(id)).toMatchObject({ version: 2, clientRef: 'FROM-A', deleted: 0 });
    await expect(resolveConflict(b.db, conflict!.seq!, 'mine')).rejects.toThrow('already been settled');
    expect((await hubRecords(hub, NORTH)).get(id)).toMatchObject({ version: 2, data: { clientRef: 'FROM-A' } });
  });

  it('chooses from the hub’s newest version: a pull refreshes the copy kept beside the conflict', async () => {
    const { a, b, id } = await shared();
    await edit(a, id, 'FROM-A');
    await a.sync();
    await edit(b, id, 'FROM-B');
    await b.sync();
    await edit(a, id, 'FROM-A-AGAIN');
    await a.sync();

    await b.sync();
    const [conflict] = await outbox(b);
    expect(conflict).toMatchObject({ status: 'conflict', hubCopy: { version: 3, data: { clientRef: 'FROM-A-AGAIN' } } });

    await resolveConflict(b.db, conflict!.seq!, 'mine');
    await expect(b.sync()).resolves.toMatchObject({ tally: { accepted: 1, conflicts: 0 } });
    expect((await hubRecords(hub, NORTH)).get(id)).toMatchObject({ version: 4, data: { clientRef: 'FROM-B' } });
  });

  it('a delete here against an edit there is a conflict; "Keep mine" deletes it at the hub', async () => {
    const { a, b, id } = await shared();
    await edit(a, id, 'FROM-A');
    await a.sync();
    await deleteRecord(b.db, id, staff);
    await expect(b.sync()).resolves.toMatchObject({ tally: { conflicts: 1 } });
    const [conflict] = await outbox(b);

    await resolveConflict(b.db, conflict!.seq!, 'mine');
    await b.sync();

    expect((await hubRecords(hub, NORTH)).get(id)).toMatchObject({ version: 3, deleted: true });
    await a.sync();
    expect(await a.db.records.get(id)).toMatchObject({ version: 3, deleted: 1 });
  });
});

describe('conflicts settled without asking, where the answer is obvious', () => {
  it('both devices deleted the record: the device takes the hub’s version', async () => {
    const { a, b, id } = await shared();
    await deleteRecord(a.db, id, staff);
    await a.sync();
    await deleteRecord(b.db, id, staff);

    await expect(b.sync()).resolves.toMatchObject({ tally: { settled: 1, conflicts: 0 } });
    await expect(outbox(b)).resolves.toEqual([]);
    expect(await b.db.records.get(id)).toMatchObject({ version: 2, deleted: 1 });
  });

  it('both devices made the same change: the device takes the hub’s version', async () => {
    const { a, b, id } = await shared();
    await edit(a, id, 'SAME-FIX');
    await a.sync();
    await edit(b, id, 'SAME-FIX', manager);

    await expect(b.sync()).resolves.toMatchObject({ tally: { settled: 1, conflicts: 0 } });
    await expect(outbox(b)).resolves.toEqual([]);
    expect(await b.db.records.get(id)).toMatchObject({ version: 2, clientRef: 'SAME-FIX', personId: staff });
  });
});
