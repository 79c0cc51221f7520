import { afterEach, describe, expect, it } from 'vitest';
import { saveRecord } from '../../../src/app/store/saveRecord';
import { deleteRecord } from '../../../src/app/store/deleteRecord';
import type { AppDb } from '../../../src/app/store/db';
import type { StoredRecord } from '../../../src/app/store/types';
import { pointKeys, watchQuarterRecords } from '../../../src/app/state/watchQuarterRecords';
import { aContact, enrolledDb } from '../fixtures';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Counts reads of the whole quarter (index queries), below Dexie's API. */
async function countQuarterReads(db: AppDb): Promise<() => number> {
  let reads = 0;
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'count-quarter-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== 'records') return t;
        return {
          ...t,
          query: (req) => {
            if (req.query.index.name === 'quarter') reads++;
            return t.query(req);
          },
        };
      },
    }),
  });
  await db.open();
  return () => reads;
}

describe('following the quarter’s records', () => {
  const stops: (() => void)[] = [];
  const dbs: AppDb[] = [];
  afterEach(async () => {
    stops.splice(0).forEach((stop) => stop());
    for (const d of dbs.splice(0)) await d.delete();
  });

  async function watch(quarter = '2026-Q1') {
    const db = await enrolledDb();
    dbs.push(db);
    const reads = await countQuarterReads(db);
    const seen: { rows: StoredRecord[] } = { rows: [] };
    let emitted = 0;
    const watcher = watchQuarterRecords(db, quarter, (rows) => {
      seen.rows = rows;
      emitted++;
    });
    stops.push(watcher.stop);
    await until(() => emitted > 0, 'the first read');
    return { db, seen, reads, watcher, emitted: () => emitted };
  }

  it('reads the quarter once, then only the records that changed', async () => {
    const { db, seen, reads } = await watch();
    for (let i = 1; i <= 5; i++) await saveRecord(db, { ...aContact, clientRef: `BRK-000${i}` }, 'p-staff');
    await until(() => seen.rows.length === 5, 'five records');
    const first = seen.rows.find((r) => r.type === 'contact' && r.clientRef === 'BRK-0001')!;
    await saveRecord(db, { ...aContact, id: first.id, clientRef: 'BRK-0001', interventions: 9 }, 'p-staff');
    await until(() => seen.rows.some((r) => r.id === first.id && r.version === 2), 'the edit');
    await deleteRecord(db, first.id, 'p-staff');
    await until(() => seen.rows.length === 4, 'the delete');
    expect(reads()).toBe(1);
  });

  it('follows writes made elsewhere (the sync client), leaves other quarters out, and reads again after a clear', async () => {
    const { db, seen, reads } = await watch();
    const saved = await saveRecord(db, aContact, 'p-staff');
    await until(() => seen.rows.length === 1, 'the save');
    await db.records.put({ ...saved, id: 'from-hub', version: 3 });
    await until(() => seen.rows.length === 2, 'the pulled record');
    await db.records.put({ ...saved, id: 'next-quarter', date: '2026-07-01', quarter: '2026-Q2' } as StoredRecord);
    await db.records.delete(saved.id);
    await until(() => seen.rows.map((r) => r.id).join() === 'from-hub', 'the removal');
    await db.records.clear();
    await until(() => seen.rows.length === 0, 'the clear');
    expect(reads()).toBe(2);
  });

  it('shows a row this tab committed at once, and does not show it twice', async () => {
    const { db, seen, watcher, emitted } = await watch();
    const saved = await saveRecord(db, aContact, 'p-staff');
    watcher.committed([saved]);
    await until(() => seen.rows.length === 1, 'the committed row');
    const after = emitted();
    await new Promise((r) => setTimeout(r, 50)); // the change event arrives and finds nothing new
    expect(emitted()).toBe(after);
    expect(seen.rows).toEqual([saved]);
  });

  it('names single keys, and gives up on ranges', () => {
    expect(pointKeys({ d: 0 })).toEqual([]);
    expect(pointKeys({ from: 'a', to: 'a', d: 2, r: { from: 'c', to: 'c', d: 1 } })?.sort()).toEqual(['a', 'c']);
    expect(pointKeys({ from: 'a', to: 'z', d: 1 })).toBeNull();
    expect(pointKeys({ from: -Infinity, to: [[[]]], d: 1 })).toBeNull();
  });
});
