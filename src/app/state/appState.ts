import { computed, effect, signal } from '@preact/signals';
import type { ReferenceData } from '../../core/schemas';
import { countOutbox, type OutboxCounts } from '../store/countOutbox';
import type { AppDb } from '../store/db';
import { THIS_DEVICE, type DeviceRow, type StoredRecord } from '../store/types';
import { liveSignal } from './live';
import { currentQuarter } from './today';
import { type QuarterRecordsWatch, watchQuarterRecords } from './watchQuarterRecords';
import { registerUpdateBlocker } from './update';

/**
 * The app's view of its local database, as signals fed by Dexie live queries (DESIGN §10).
 * `startAppState(db)` starts them; screens read the signals and never touch Dexie themselves.
 * `undefined` means "not read yet", so screens can tell loading from "not enrolled".
 */
export const device = signal<DeviceRow | null | undefined>(undefined);
export const reference = signal<ReferenceData | null | undefined>(undefined);
/** Every record (not deleted) counting in the current quarter, for lists and live figures. */
export const quarterRecords = signal<StoredRecord[]>([]);
/** Changes waiting for the hub: the status bar's "items waiting to sync". */
export const outboxCounts = signal<OutboxCounts>({ pending: 0, quarantined: 0, conflict: 0 });
/** True once another tab upgraded the database: this tab has closed it and must be reloaded. */
export const databaseReplaced = signal(false);

export const isEnrolled = computed(() => Boolean(device.value && reference.value));
export const stateLoaded = computed(() => device.value !== undefined && reference.value !== undefined);

let active: AppDb | undefined;
let watch: QuarterRecordsWatch | undefined;

/** Shows records this tab has just saved without waiting for the database's change event. */
export function noteCommitted(rows: readonly StoredRecord[]): void {
  watch?.committed(rows);
}

/** The database the state runs on; throws before startAppState. */
export function activeDb(): AppDb {
  if (!active) throw new Error('startAppState(db) has not been called');
  return active;
}

export function waitingMessage(pending: number): string | null {
  if (pending === 0) return null;
  return pending === 1 ? '1 change is waiting to sync' : `${pending.toLocaleString('en-GB')} changes are waiting to sync`;
}

/** Starts feeding the signals from `db`. Returns a function that stops everything it started. */
export function startAppState(db: AppDb): () => void {
  active = db;
  const stops: (() => void)[] = [];
  const feed = <T>(query: () => Promise<T>, initial: T, target: { value: T }) => {
    const live = liveSignal(query, initial);
    stops.push(live.stop, effect(() => {
      target.value = live.signal.value;
    }));
  };
  feed(async () => (await db.device.get(THIS_DEVICE)) ?? null, undefined as DeviceRow | null | undefined, device);
  feed(async () => (await db.reference.get(THIS_DEVICE))?.data ?? null, undefined as ReferenceData | null | undefined, reference);
  feed(() => countOutbox(db), { pending: 0, quarantined: 0, conflict: 0 }, outboxCounts);

  // The quarter changes at midnight on its last day: follow the new one.
  let stopRecords: (() => void) | undefined;
  stops.push(
    effect(() => {
      const quarter = currentQuarter.value;
      stopRecords?.();
      const current = watchQuarterRecords(db, quarter, (records) => {
        quarterRecords.value = records;
      });
      watch = current;
      stopRecords = () => {
        current.stop();
        if (watch === current) watch = undefined;
      };
    }),
    () => stopRecords?.(),
  );

  // An app update reloads the page: never while changes wait for the hub (DESIGN §10).
  stops.push(registerUpdateBlocker(() => waitingMessage(outboxCounts.value.pending)));
  return () => {
    for (const stop of stops.splice(0).reverse()) stop();
    if (active === db) active = undefined;
  };
}
