import { computed, effect, signal } from '@preact/signals';
import type { ReferenceData, ReturnVersion } from '../../core/schemas';
import type { AppDb } from '../store/db';
import { knownVersions } from '../store/returns/latestVersion';
import { readReturnsData, type ReturnsData } from '../store/returns/readReturnsData';
import { withLocalReturns } from '../store/returns/withLocalReturns';
import { reference } from './appState';
import { liveSignal } from './live';

/** Everything about returns on this device, following the database; undefined until first read. */
export const returnsData = signal<ReturnsData | undefined>(undefined);

/** Starts following the returns tables of `db`. Returns a function that stops. */
export function startReturnsState(db: AppDb): () => void {
  const live = liveSignal(() => readReturnsData(db), undefined as ReturnsData | undefined);
  const stopCopy = effect(() => {
    returnsData.value = live.signal.value;
  });
  return () => {
    stopCopy();
    live.stop();
    returnsData.value = undefined;
  };
}

/** Every return version this device knows (history from the reference data, sealed here, pulled), newest state of each. */
export const knownReturnVersions = computed<ReturnVersion[]>(() => knownVersions(reference.value, returnsData.value?.versions ?? []));

/** The reference data with this device's own returns and drafts, for "is this quarter sealed?". */
export const referenceWithReturns = computed<ReferenceData | null | undefined>(() => {
  const data = reference.value;
  return data ? withLocalReturns(data, returnsData.value) : data;
});
