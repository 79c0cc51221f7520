import type { Finding } from '../../core/schemas';
import type { Change, ChangeResult, Cursor, PullResponse } from '../../core/sync';

/**
 * How the sync client reaches the hub: fetch with a path ("/api/sync/push") instead of a URL.
 * In the app it is `fetch` on the same origin; in Node, fetch against a hub's address; in tests,
 * a hub in process (`app.request`) or a wrapper that injects network faults.
 */
export type Transport = (path: string, init: RequestInit) => Promise<Response>;

/** One change from the outbox (a record's, or about a return), with its place in the queue. */
export type OutboxItem = { seq: number; change: Change };

/** The hub's answer to one pushed change, beside the change it answers. */
export type Acknowledgement = { item: OutboxItem; result: ChangeResult };

/** What became of the acknowledged changes. */
export type AckTally = {
  /** Applied or already there (duplicate): gone from the outbox. */
  accepted: number;
  /** Refused with findings: quarantined for a person. */
  rejected: number;
  /** The hub had another version; settled by an obvious rule (both said the same). */
  settled: number;
  /** The hub had another version; both kept for a person to choose. */
  conflicts: number;
};

/** Why syncing stopped before it finished; each is said in plain English by the UI. */
export type SyncProblemKind =
  /** No answer at all: no connection, DNS, refused. */
  | 'unreachable'
  /** The hub took longer than the client waits. */
  | 'timeout'
  /** 5xx. */
  | 'hub-error'
  /** 429: the hub asked the device to slow down. */
  | 'busy'
  /** An answer the client could not make sense of. */
  | 'bad-answer'
  /** 401: the hub no longer knows this device's token. Needs a new enrolment; no data is lost. */
  | 'needs-enrolment';

export type SyncProblem = {
  kind: SyncProblemKind;
  /** What happened, for the person and the logs (no tokens, no record contents). */
  detail: string;
  /** When it happened (device time, ISO). */
  at: string;
};

/** The sync meta the client keeps between runs. */
export type SyncMeta = {
  pullCursor: Cursor;
  /** Device clock minus hub clock, ms. */
  clockSkewMs: number | null;
  lastSyncAt: string | null;
  problem: SyncProblem | null;
};

/**
 * What the sync engine needs from the device's store (DESIGN §5). The Dexie adapter is
 * dexieSyncStore.ts. Every method is its own short transaction: the engine never holds one
 * open while it waits for the network.
 */
export interface SyncStore {
  /** The device's id and bearer token; null when the device is not enrolled. */
  credentials(): Promise<{ deviceId: string; token: string } | null>;
  /**
   * Before a push: a quarantined change followed by later edits of the same record is replaced
   * by one new change (the fix) based on the version the hub has. See supersedeQuarantined.ts.
   */
  prepareOutbox(now: Date): Promise<void>;
  /**
   * Up to `limit` changes to push, oldest first, at most one per record: a record's next change
   * goes only once the hub has answered the one before (a conflict must hold back the edits
   * made on top of it). Quarantined and conflicted records are held back entirely.
   */
  pendingBatch(limit: number): Promise<OutboxItem[]>;
  /** How many changes are ready to push (for progress). */
  countSendable(): Promise<number>;
  /** Applies the hub's answers in one transaction: removes, quarantines or keeps both versions. */
  acknowledge(acks: Acknowledgement[], now: Date): Promise<AckTally>;
  /** A try failed before the hub answered per change: count it on each change, with why. */
  noteFailure(items: OutboxItem[], message: string): Promise<void>;
  /** The hub refused a change as a whole request (too large, malformed): quarantine it. */
  quarantine(item: OutboxItem, findings: Finding[]): Promise<void>;
  /** Applies one pull page (records, reference data, cursor) in one transaction. */
  applyPull(page: PullResponse, now: Date): Promise<void>;
  readMeta(): Promise<SyncMeta>;
  writeMeta(values: Partial<SyncMeta>): Promise<void>;
}
