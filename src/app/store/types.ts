import type { Finding, QuarterId, RecordData, ReferenceData } from '../../core/schemas';
import type { Change, Cursor, HubCopy } from '../../core/sync';

/** The single-row tables (device, reference) keep their one row under this key. */
export const THIS_DEVICE = 'this' as const;

/** How this device was enrolled to its member (DESIGN §6). One row. */
export type DeviceRow = {
  key: typeof THIS_DEVICE;
  deviceId: string;
  /** The device's bearer token for the sync API; the hub keeps only its hash. */
  token: string;
  memberId: string;
  deviceName: string;
  enrolledAt: string;
  /** The answer to navigator.storage.persist() at enrolment; null when the browser cannot say. */
  storagePersisted: boolean | null;
};

/** The member's share of the consortium's reference data, as the hub last sent it. One row. */
export type ReferenceRow = {
  key: typeof THIS_DEVICE;
  data: ReferenceData;
  receivedAt: string;
};

/** A person's PIN on this device only: never sent to the hub. */
export type PinRow = {
  personId: string;
  /** PBKDF2-SHA256 of the PIN, base64. */
  hash: string;
  /** Random per PIN, base64. */
  salt: string;
  iterations: number;
  setAt: string;
  /** Wrong PINs in a row; reset by a right one. */
  failedAttempts: number;
  /** After too many wrong PINs, unlocking waits until this moment. */
  lockedUntil: string | null;
};

/**
 * A record as kept on the device: the core RecordData, whether it was deleted (kept so that a
 * delete can be undone and synced), and the quarter it counts in (an index for the lists).
 * `deleted` is 0/1 because IndexedDB cannot index booleans.
 */
export type StoredRecord = RecordData & { deleted: 0 | 1; quarter: QuarterId };

export type OutboxStatus = 'pending' | 'quarantined' | 'conflict';

/**
 * One change waiting for the hub (DESIGN §5). Written in the same transaction as the record it
 * describes; removed only when the hub has acknowledged it. `seq` orders the queue.
 */
export type OutboxEntry = {
  seq?: number;
  /** A record change, or a change about a return (sealed version, query answer, extension request). */
  change: Change;
  /**
   * pending: to be pushed; quarantined: the hub rejected it (see findings) and it waits for a
   * person; conflict: the hub has another version (hubCopy) and a person chooses (src/app/sync).
   */
  status: OutboxStatus;
  /** Pushes tried so far. */
  attempts: number;
  /** The last failure in plain English, for the person; null when none. */
  lastError: string | null;
  /** Why the hub rejected it, when quarantined. */
  findings: Finding[];
  queuedAt: string;
  /** The hub's version of the record, when status is 'conflict'. */
  hubCopy?: HubCopy;
};

/** What the meta table holds, key by key (the sync client writes these). */
export type MetaValues = {
  /** Device clock minus hub clock, in ms, measured at the last sync. */
  clockSkewMs: number;
  /** When the last sync finished without error (device time, ISO). */
  lastSyncAt: string;
  /** Where the next pull starts. */
  pullCursor: Cursor;
  /** Why the last sync stopped early (kinds in src/app/sync/types.ts); null after a good one. */
  syncProblem: { kind: string; detail: string; at: string } | null;
};
export type MetaKey = keyof MetaValues;
export type MetaRow = { key: MetaKey; value: MetaValues[MetaKey] };
