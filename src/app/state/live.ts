import { type ReadonlySignal, signal } from '@preact/signals';
import { liveQuery } from 'dexie';

export type LiveSignal<T> = {
  signal: ReadonlySignal<T>;
  /** Stops watching the database (DESIGN §10: always unsubscribe). */
  stop(): void;
};

/**
 * A signal that follows a Dexie query: it starts at `initial`, takes the query's result, and
 * takes it again whenever the data the query read changes (Dexie has no Preact binding; this
 * is it). Query errors go to `onError` and leave the last value in place.
 */
export function liveSignal<T>(query: () => Promise<T>, initial: T, onError: (error: unknown) => void = reportError): LiveSignal<T> {
  const value = signal<T>(initial);
  const subscription = liveQuery(query).subscribe({
    next: (result) => {
      value.value = result;
    },
    error: onError,
  });
  return { signal: value, stop: () => subscription.unsubscribe() };
}

function reportError(error: unknown): void {
  console.error('A live query of the local database failed', error);
}
