import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { watchVersionChange } from '../../../src/app/store/appDb';
import { saveRecord } from '../../../src/app/store/saveRecord';
import { aContact, enrolledDb } from '../fixtures';

describe('another tab upgrading the database', () => {
  it('closes this tab’s connection at once, so the upgrade is not blocked, and says so', async () => {
    const db = await enrolledDb();
    let told = 0;
    watchVersionChange(db, () => told++);
    await saveRecord(db, aContact, 'p-staff');

    // A newer version of the app in another tab opens the same database one version up.
    const newer = new Dexie(db.name, { indexedDB, IDBKeyRange });
    newer.version(db.verno + 1).stores({ records: 'id' });
    await newer.open();

    expect(told).toBe(1);
    expect(db.isOpen()).toBe(false);
    await expect(db.records.count()).rejects.toThrow(); // no silent reopening with the old schema
    expect(await newer.table('records').count()).toBe(1);
    await newer.delete();
  });
});
