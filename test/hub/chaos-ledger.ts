// What the chaos test's devices did and heard, change by change, so that the end state can be
// checked against the hub's own record of every change it decided (change_outcomes).
import type { AppDb } from '../../src/app/store/db';
import { agreesWithHub } from '../../src/app/sync/recordRows';
import type { SyncStore } from '../../src/app/sync/types';
import type { Queryable } from '../../src/hub/db/db';

type Parent = string | 'hub' | 'none';

export interface ChangeLog {
  device: string;
  entityId: string;
  /** The change that made the local version this one was based on: own, or the hub's. */
  parent: Parent;
  /** Answers the device got for it (several after retries). */
  heard: Set<'applied' | 'duplicate' | 'conflict' | 'rejected'>;
  /** A conflict the person settled (keep mine), or that settled itself (obvious rule). */
  settled: 'person' | 'obvious' | null;
  /** Settled by the obvious rule although the device's record and the hub's copy differed. */
  settledWrongly?: boolean;
  deleted: boolean;
}

/** Everything every device did; one per test. */
export class ChaosLedger {
  readonly changes = new Map<string, ChangeLog>();
  /** Per device and record: the local version and where it came from. */
  private lineage = new Map<string, Map<string, { version: number; source: Parent }>>();

  /** Follows one device: its outbox deletions, and the answers its store applies. */
  watch(device: string, db: AppDb, store: SyncStore): SyncStore {
    this.lineage.set(device, new Map());
    db.outbox.hook('deleting', (_key, entry) => {
      const log = this.changes.get(entry.change.changeId);
      if (log) log.deleted = true;
    });
    return {
      ...store,
      acknowledge: async (acks, now) => {
        const conflicted = acks.filter((a) => a.result.status === 'conflict').map((a) => a.item.change.entityId);
        const before = new Map((await db.records.bulkGet(conflicted)).map((row, i) => [conflicted[i]!, row]));
        const tally = await store.acknowledge(acks, now);
        const still = await db.outbox.bulkGet(acks.map((a) => a.item.seq));
        acks.forEach(({ item, result }, i) => {
          const log = this.changes.get(item.change.changeId);
          if (!log) throw new Error(`${device} pushed a change the test never saw made: ${item.change.changeId}`);
          log.heard.add(result.status);
          if (result.status === 'conflict' && still[i] === undefined) {
            log.settled = 'obvious';
            if (!agreesWithHub(before.get(item.change.entityId), result.hubCopy)) log.settledWrongly = true;
            // The device now holds the hub's version; its later, unsent changes of the record went
            // with the settlement. Its next change builds on the hub's, even when the version
            // number happens to be the one its own dropped change had.
            this.tookHubVersion(device, item.change.entityId, result.hubCopy.version);
          }
        });
        return tally;
      },
    };
  }

  /** Call after every change a person makes on `device` (and after each "keep mine"). */
  async madeChange(device: string, db: AppDb, fromHub = false): Promise<string> {
    const entry = await db.outbox.toCollection().last();
    if (!entry) throw new Error(`${device} made a change but its outbox is empty`);
    const { change } = entry;
    const mine = this.lineage.get(device)!;
    const before = mine.get(change.entityId);
    const parent: Parent = fromHub ? 'hub' : change.baseVersion === 0 ? 'none' : before?.version === change.baseVersion ? before.source : 'hub';
    this.changes.set(change.changeId, { device, entityId: change.entityId, parent, heard: new Set(), settled: null, deleted: false });
    mine.set(change.entityId, { version: change.version, source: change.changeId });
    return change.changeId;
  }

  /** Call after each sync with the device's records: versions that changed without a change of this device came from the hub. */
  synced(device: string, rows: readonly { id: string; version: number }[]): void {
    const mine = this.lineage.get(device)!;
    for (const row of rows) {
      if (mine.get(row.id)?.version !== row.version) mine.set(row.id, { version: row.version, source: 'hub' });
    }
  }

  /** The device took the hub's version of a record, dropping its own unsent changes of it. */
  tookHubVersion(device: string, entityId: string, version: number): void {
    this.lineage.get(device)!.set(entityId, { version, source: 'hub' });
  }

  personSettled(changeId: string): void {
    this.changes.get(changeId)!.settled = 'person';
  }

  /**
   * Compares the ledger with the hub's decisions. Returns every discrepancy found (empty when
   * all is well), so a failure names the changes at fault.
   */
  async discrepancies(hub: Queryable): Promise<string[]> {
    const { rows } = await hub.query<{ change_id: string; status: string }>('select change_id, status from change_outcomes');
    const outcome = new Map(rows.map((r) => [r.change_id, r.status]));
    const problems: string[] = [];
    for (const [id, log] of this.changes) {
      const atHub = outcome.get(id);
      const where = `${log.device} change ${id} (record ${log.entityId})`;
      if (!log.deleted) problems.push(`${where} is still in the outbox`);
      if (log.heard.size === 0) {
        // Dropped unheard: only a change held back behind a conflict, never sent.
        if (atHub !== undefined) problems.push(`${where} was dropped without an answer, but the hub decided it: ${atHub}`);
        continue;
      }
      const applied = log.heard.has('applied') || log.heard.has('duplicate');
      if (log.heard.has('rejected')) problems.push(`${where} was rejected`);
      if (applied && atHub !== 'applied') problems.push(`${where} was answered applied, but the hub says ${atHub}`);
      if (log.heard.has('conflict')) {
        if (atHub !== 'conflict') problems.push(`${where} was answered conflict, but the hub says ${atHub}`);
        if (!log.settled) problems.push(`${where} was a conflict that nobody settled`);
        if (log.settledWrongly) problems.push(`${where} was a conflict settled without asking, though the versions differed`);
      }
      // Applied on top of this device's own earlier change: that change must have applied too,
      // or this one overwrote someone else's version unseen.
      // (A parent settled by an obvious rule was replaced by the hub's identical version.)
      const parentLog = log.parent === 'hub' || log.parent === 'none' ? undefined : this.changes.get(log.parent);
      if (atHub === 'applied' && parentLog && parentLog.settled !== 'obvious' && outcome.get(log.parent) !== 'applied') {
        problems.push(`${where} applied on top of ${log.parent}, which the hub did not apply (${outcome.get(log.parent)})`);
      }
    }
    return problems;
  }
}
