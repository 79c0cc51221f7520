// The devices of the chaos test: each a real Dexie database (fake-indexeddb) with the app's own
// store functions and the sync client, doing what a busy member's tablets do.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { AppDb } from '../../src/app/store/db';
import { deleteRecord } from '../../src/app/store/deleteRecord';
import { restoreRecord } from '../../src/app/store/restoreRecord';
import { saveEnrolment } from '../../src/app/store/saveEnrolment';
import { saveRecord } from '../../src/app/store/saveRecord';
import type { StoredRecord } from '../../src/app/store/types';
import { dexieSyncStore } from '../../src/app/sync/dexieSyncStore';
import { resolveConflict } from '../../src/app/sync/resolveConflict';
import { syncOnce, type SyncReport } from '../../src/app/sync/syncOnce';
import type { AckTally, Transport } from '../../src/app/sync/types';
import type { EnrolResponse } from '../../src/core/sync';
import type { ChaosLedger } from './chaos-ledger';
import { people, subContractOf } from './support/fixtures';

export type OpKind = 'create' | 'edit' | 'edit-other' | 'delete' | 'restore';

export interface ChaosDevice {
  name: string;
  db: AppDb;
  /** One sync, then "Keep mine" for every conflict it found (the test's person always keeps theirs). */
  syncAndResolve(): Promise<SyncReport>;
  /** One random change made by a person on this device: what and to which record, or null if none was possible. */
  randomOp(random: () => number): Promise<{ kind: OpKind; id: string } | null>;
  tally: AckTally & { failedSyncs: number; resolved: number };
  close(): Promise<void>;
}

export async function chaosDevice(
  name: string,
  enrolment: EnrolResponse,
  transport: Transport,
  options: { compress: boolean; ledger: ChaosLedger },
): Promise<ChaosDevice> {
  const db = new AppDb(`chaos-${name}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
  await saveEnrolment(db, enrolment, { deviceName: name, storagePersisted: null });
  const { ledger } = options;
  const store = ledger.watch(name, db, dexieSyncStore(db));
  const member = enrolment.memberId;
  const person = people(member).staff;
  const tally = { accepted: 0, rejected: 0, settled: 0, conflicts: 0, failedSyncs: 0, resolved: 0 };
  const mine = new Set<string>();

  const input = (random: () => number) => ({
    type: 'contact' as const,
    subContractId: subContractOf(member),
    date: `2026-05-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    // Few distinct values, so two devices sometimes make the very same edit.
    clientRef: `CLI-${Math.floor(random() * 6)}`,
    service: ['Advice', 'Drop-in', 'Home visit'][Math.floor(random() * 3)]!,
    isNew: random() < 0.5,
    demographics: {},
    interventions: 1 + Math.floor(random() * 3),
  });

  // What the device holds, id → deleted, read again after each sync (a pull changes it) and kept
  // up to date by this device's own changes: reading every record for every change is slow.
  let known = new Map<string, boolean>();
  const refresh = (rows: StoredRecord[]) => {
    known = new Map(rows.map((r) => [r.id, r.deleted === 1]));
  };
  const pickFrom = (random: () => number, filter: (id: string, deleted: boolean) => boolean): string | undefined => {
    const ids = [...known].filter(([id, deleted]) => filter(id, deleted)).map(([id]) => id);
    return ids[Math.floor(random() * ids.length)];
  };

  return {
    name,
    db,
    tally,
    async syncAndResolve() {
      const report = await syncOnce({ store, transport, compress: options.compress, timeoutMs: 10_000 });
      if (report.outcome === 'failed') tally.failedSyncs += 1;
      if (report.outcome !== 'not-enrolled') {
        for (const key of ['accepted', 'rejected', 'settled', 'conflicts'] as const) tally[key] += report.tally[key];
      }
      for (const conflict of await db.outbox.where('status').equals('conflict').toArray()) {
        await resolveConflict(db, conflict.seq!, 'mine', { personId: person });
        ledger.personSettled(conflict.change.changeId);
        if ((await db.outbox.where('change.entityId').equals(conflict.change.entityId).count()) > 0) await ledger.madeChange(name, db, true);
        else ledger.tookHubVersion(name, conflict.change.entityId, conflict.hubCopy!.version);
        tally.resolved += 1;
      }
      const rows = await db.records.toArray();
      ledger.synced(name, rows);
      refresh(rows);
      return report;
    },
    async randomOp(random) {
      const roll = random();
      if (roll < 0.35 || known.size === 0) {
        const saved = await saveRecord(db, input(random), person);
        mine.add(saved.id);
        known.set(saved.id, false);
        await ledger.madeChange(name, db);
        return { kind: 'create', id: saved.id };
      }
      if (roll < 0.8) {
        // Mostly its own records; a third of the time one another device made (same member).
        const other = roll >= 0.65;
        const target = pickFrom(random, (id, deleted) => !deleted && mine.has(id) !== other);
        if (!target) return null;
        await saveRecord(db, { ...input(random), id: target }, person);
        await ledger.madeChange(name, db);
        return { kind: other ? 'edit-other' : 'edit', id: target };
      }
      if (roll < 0.93) {
        const target = pickFrom(random, (_id, deleted) => !deleted);
        if (!target) return null;
        await deleteRecord(db, target, person);
        await ledger.madeChange(name, db);
        known.set(target, true);
        return { kind: 'delete', id: target };
      }
      const target = pickFrom(random, (_id, deleted) => deleted);
      if (!target) return null;
      await restoreRecord(db, target, person);
      await ledger.madeChange(name, db);
      known.set(target, false);
      return { kind: 'restore', id: target };
    },
    close: () => db.delete(),
  };
}
