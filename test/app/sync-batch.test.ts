import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../../src/app/store/db';
import type { OutboxEntry } from '../../src/app/store/types';
import { discardChange } from '../../src/app/sync/discardChange';
import { countSendable, selectPushBatch } from '../../src/app/sync/selectPushBatch';
import type { Change } from '../../src/core/sync';
import { freshDb } from './fixtures';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

let n = 0;
const change = (entity: Change['entity'], entityId: string, version = 1): Change =>
  ({ changeId: `c-${++n}`, entity, entityId, op: 'upsert', version, baseVersion: version - 1, personId: 'p', deviceTime: '2026-05-01T09:00:00.000Z', data: null }) as unknown as Change;

async function outboxOf(changes: [Change, OutboxEntry['status']?][]) {
  const db = freshDb();
  dbs.push(db);
  for (const [c, status = 'pending'] of changes) {
    await db.outbox.add({ change: c, status, attempts: 0, lastError: null, findings: [], queuedAt: '2026-05-01T09:00:00.000Z' });
  }
  return db;
}

const ids = (items: { change: Change }[]) => items.map((i) => `${i.change.entityId}@${i.change.version}`);

describe('choosing the next push', () => {
  it('takes one change per record, in queue order, up to the limit', async () => {
    const db = await outboxOf([[change('record', 'a', 1)], [change('record', 'a', 2)], [change('record', 'b', 1)], [change('record', 'c', 1)]]);
    expect(ids(await selectPushBatch(db, 10))).toEqual(['a@1', 'b@1', 'c@1']);
    expect(ids(await selectPushBatch(db, 2))).toEqual(['a@1', 'b@1']);
    await expect(countSendable(db)).resolves.toBe(4);
  });

  it('holds back every change of a record waiting for a person, and nothing else', async () => {
    const db = await outboxOf([[change('record', 'a', 2), 'conflict'], [change('record', 'a', 3)], [change('record', 'b', 1), 'quarantined'], [change('record', 'b', 2)], [change('record', 'c', 1)]]);
    expect(ids(await selectPushBatch(db, 10))).toEqual(['c@1']);
    await expect(countSendable(db)).resolves.toBe(1);
  });

  it('sends a return after the record edits queued before it', async () => {
    const db = await outboxOf([[change('record', 'a', 1)], [change('record', 'a', 2)], [change('return', 'r1')], [change('record', 'b', 1)]]);
    expect(ids(await selectPushBatch(db, 10))).toEqual(['a@1', 'b@1']);
    await db.outbox.delete(1);
    expect(ids(await selectPushBatch(db, 10))).toEqual(['a@2', 'r1@1', 'b@1']);
  });

  it('does not let a person give up a sealed return', async () => {
    const db = await outboxOf([[change('return', 'r1'), 'quarantined']]);
    await expect(discardChange(db, 1)).rejects.toThrow('Only a change to a record can be removed');
    await expect(db.outbox.count()).resolves.toBe(1);
  });
});
