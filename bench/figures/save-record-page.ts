// Runs in Chromium (bundled by save-record-ratio.ts): the app's own store saving records with
// 10,000 already stored, side by side with a raw IndexedDB put of the same object into a bare
// object store. Interleaved A, B, A, B …; the page reports every pair's times.
import { AppDb } from '../../src/app/store/db';
import { saveEnrolment } from '../../src/app/store/saveEnrolment';
import { saveRecord, type RecordInput } from '../../src/app/store/saveRecord';
import type { StoredRecord } from '../../src/app/store/types';
import type { EnrolResponse } from '../../src/core/sync';

type Setup = { enrolment: EnrolResponse; stored: StoredRecord[]; input: RecordInput; personId: string };

declare global {
  interface Window {
    saveRecordPairs(setup: Setup, pairs: number, warmup: number): Promise<{ a: number[]; b: number[] }>;
  }
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('bench-raw', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function rawPut(db: IDBDatabase, row: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

window.saveRecordPairs = async ({ enrolment, stored, input, personId }, pairs, warmup) => {
  const app = new AppDb('bench-app');
  await saveEnrolment(app, enrolment, { deviceName: 'Bench tablet', storagePersisted: null });
  await app.records.bulkPut(stored);
  const raw = await openRaw();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < warmup + pairs; i++) {
    const clientRef = `BEN-${String(i).padStart(5, '0')}`;
    let t = performance.now();
    const saved = await saveRecord(app, { ...input, clientRef } as RecordInput, personId);
    const ta = performance.now() - t;
    t = performance.now();
    await rawPut(raw, { ...saved, id: `raw-${i}` });
    const tb = performance.now() - t;
    if (i >= warmup) {
      a.push(ta);
      b.push(tb);
    }
  }
  if ((await app.records.count()) !== stored.length + warmup + pairs) throw new Error('Not every record was saved');
  app.close();
  raw.close();
  return { a, b };
};
