import type { QuarterId, ReferenceData, ReturnVersion } from '../../../core/schemas';
import type { StoredReturnVersion } from './types';

/** The state a version is in as far as this device knows: the hub's, once pulled. */
export function knownState(row: StoredReturnVersion): ReturnVersion['state'] {
  return row.hub?.state ?? row.data.state;
}

/** A stored version as a ReturnVersion with its known state (for the history and seal checks). */
export function asKnownVersion(row: StoredReturnVersion): ReturnVersion {
  return { ...row.data, state: knownState(row), receivedAt: row.hub?.receivedAt ?? row.data.receivedAt };
}

/**
 * Every version this device knows of, newest state of each: the reference data's history
 * (accepted returns) and the versions sealed here or pulled. A stored row wins over the
 * reference copy of the same id (it is at least as new).
 */
export function knownVersions(reference: ReferenceData | null | undefined, rows: readonly StoredReturnVersion[]): ReturnVersion[] {
  const byId = new Map<string, ReturnVersion>();
  // Drafts (withLocalReturns adds them for the records' sake) are not versions yet.
  for (const r of reference?.returns ?? []) if (r.state !== 'draft') byId.set(r.id, r);
  for (const row of rows) byId.set(row.id, asKnownVersion(row));
  return [...byId.values()];
}

/** The newest version of one return (sub-contract and quarter), or null when none is known. */
export function latestOf(versions: readonly ReturnVersion[], subContractId: string, quarter: QuarterId): ReturnVersion | null {
  let newest: ReturnVersion | null = null;
  for (const v of versions) {
    if (v.subContractId !== subContractId || v.quarter !== quarter) continue;
    if (newest === null || v.version > newest.version) newest = v;
  }
  return newest;
}

/** Accepted or locked at the hub: no new version may be made. */
export const isClosed = (v: Pick<ReturnVersion, 'state'> | null): boolean => v !== null && (v.state === 'accepted' || v.state === 'locked');
