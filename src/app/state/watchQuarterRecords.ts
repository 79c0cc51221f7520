import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { QuarterId } from '../../core/schemas';
import type { AppDb } from '../store/db';
import { queryRecords } from '../store/queryRecords';
import type { StoredRecord } from '../store/types';

/** Beyond this many changed records in one transaction, reading the quarter again is simpler. */
const MAX_PATCH = 2_000;

/**
 * Follows the records of a quarter without reading them all again after every change.
 *
 * Why not a plain liveQuery: a record is always saved in an explicit transaction together with
 * its outbox entry (DESIGN §5), and Dexie answers any explicit read-write transaction by running
 * every affected live query again in full. With 10,000 records in a quarter that is a read of
 * 10,000 objects (hundreds of ms on a tablet) after each tap on Save. Instead, the quarter is
 * read once, then Dexie's `storagemutated` event — fired after each committed transaction, in
 * this tab and in others — names the primary keys that changed, and only those are read again.
 * A change it cannot name key by key (a clear, a range delete) reads the quarter again.
 */
export type QuarterRecordsWatch = {
  /**
   * Shows rows this tab has just committed at once, without waiting for the change event (which
   * then finds nothing new). Only for rows already committed to the database.
   */
  committed(rows: readonly StoredRecord[]): void;
  stop(): void;
};

export function watchQuarterRecords(
  db: AppDb,
  quarter: QuarterId,
  onRecords: (records: StoredRecord[]) => void,
  onError: (error: unknown) => void = (error) => console.error('Reading the quarter’s records failed', error),
): QuarterRecordsWatch {
  let rows = new Map<string, StoredRecord>();
  let stopped = false;
  let loaded = false;
  // One read at a time, in the order the changes happened.
  let queue: Promise<void> = Promise.resolve();
  const run = (work: () => Promise<void>) => {
    queue = queue.then(() => (stopped ? undefined : work())).catch(onError);
  };
  const emit = () => {
    if (!stopped) onRecords([...rows.values()]);
  };
  const reload = async () => {
    const fresh = await queryRecords(db, { quarter });
    rows = new Map(fresh.map((r) => [r.id, r]));
    loaded = true;
    emit();
  };
  /** Puts each row in or out of the quarter; true when anything changed. */
  const apply = (entries: [string, StoredRecord | undefined][]): boolean => {
    let changed = false;
    for (const [key, row] of entries) {
      const before = rows.get(key);
      if (row && row.deleted === 0 && row.quarter === quarter) {
        if (before && before.version === row.version && before.updatedAt === row.updatedAt) continue;
        rows.set(key, row);
        changed = true;
      } else if (before) {
        rows.delete(key);
        changed = true;
      }
    }
    return changed;
  };
  const patch = async (keys: string[]) => {
    const found = await db.records.bulkGet(keys);
    if (apply(keys.map((key, i) => [key, found[i]]))) emit();
  };

  const part = `idb://${db.name}/records/`;
  const onMutated = (parts: ObservabilitySet) => {
    const tree = parts[part];
    if (!tree) return;
    const keys = pointKeys(tree);
    if (keys === null) run(reload);
    else if (keys.length > 0) run(() => patch(keys));
  };
  Dexie.on('storagemutated', onMutated);
  run(reload);
  return {
    // At once once the quarter has been read (the next screen then shows the row in its first
    // render); before that, through the queue, so it cannot be overwritten by the first read.
    committed: (saved) => {
      const show = () => {
        if (apply(saved.map((row) => [row.id, row]))) emit();
      };
      if (loaded) show();
      else run(async () => show());
    },
    stop: () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    },
  };
}

/** The single keys of an interval tree of changed primary keys; null if it holds a real range. */
export function pointKeys(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  const stack: IntervalTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('from' in node)) continue; // an empty tree
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (keys.length > MAX_PATCH) return null;
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}
