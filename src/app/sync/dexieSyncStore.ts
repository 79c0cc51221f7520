import type { Finding } from '../../core/schemas';
import type { AppDb } from '../store/db';
import { THIS_DEVICE, type MetaRow } from '../store/types';
import { acknowledgeResults } from './acknowledgeResults';
import { applyPullPage } from './applyPullPage';
import { countSendable, selectPushBatch } from './selectPushBatch';
import { supersedeQuarantined } from './supersedeQuarantined';
import type { OutboxItem, SyncMeta, SyncProblem, SyncStore } from './types';

/** The sync engine's view of the app's Dexie database (src/app/store). */
export function dexieSyncStore(db: AppDb): SyncStore {
  return {
    async credentials() {
      const device = await db.device.get(THIS_DEVICE);
      return device ? { deviceId: device.deviceId, token: device.token } : null;
    },
    prepareOutbox: async (now) => {
      await supersedeQuarantined(db, now);
    },
    pendingBatch: (limit) => selectPushBatch(db, limit),
    countSendable: () => countSendable(db),
    acknowledge: (acks) => acknowledgeResults(db, acks),
    noteFailure: async (items, message) => {
      await db.outbox
        .where(':id')
        .anyOf(items.map((i) => i.seq))
        .modify((entry) => {
          entry.attempts += 1;
          entry.lastError = message;
        });
    },
    quarantine: (item, findings) => quarantineEntry(db, item, findings),
    applyPull: (page, now) => applyPullPage(db, page, now),
    readMeta: () => readSyncMeta(db),
    writeMeta: async (values) => {
      const rows: MetaRow[] = [];
      if (values.pullCursor !== undefined) rows.push({ key: 'pullCursor', value: values.pullCursor });
      if (values.clockSkewMs != null) rows.push({ key: 'clockSkewMs', value: values.clockSkewMs });
      if (values.lastSyncAt != null) rows.push({ key: 'lastSyncAt', value: values.lastSyncAt });
      if (values.problem !== undefined) rows.push({ key: 'syncProblem', value: values.problem });
      await db.meta.bulkPut(rows);
    },
  };
}

export async function readSyncMeta(db: AppDb): Promise<SyncMeta> {
  const [cursor, skew, last, problem] = await db.meta.bulkGet(['pullCursor', 'clockSkewMs', 'lastSyncAt', 'syncProblem']);
  return {
    pullCursor: (cursor?.value as string | undefined) ?? '0',
    clockSkewMs: (skew?.value as number | undefined) ?? null,
    lastSyncAt: (last?.value as string | undefined) ?? null,
    problem: (problem?.value as SyncProblem | null | undefined) ?? null,
  };
}

async function quarantineEntry(db: AppDb, item: OutboxItem, findings: Finding[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(item.seq);
    if (!entry || entry.change.changeId !== item.change.changeId) return;
    await db.outbox.put({ ...entry, status: 'quarantined', findings, attempts: entry.attempts + 1, lastError: findings[0]?.message ?? null });
  });
}
