import { RecordData } from '../../core/schemas';
import type { HubCopy } from '../../core/sync';
import { recordQuarter } from '../store/recordQuarter';
import type { StoredRecord } from '../store/types';
import { sameContent } from './sameContent';

/**
 * The local row after taking the hub's copy: its data and version, or, for a record the hub
 * has deleted, the local row marked deleted (its last content kept, as a local delete keeps it).
 * Undefined when there is nothing to keep: a deleted record the device never had.
 */
export function rowFromHub(copy: HubCopy, local: StoredRecord | undefined): StoredRecord | undefined {
  if (copy.deleted || copy.data === null) {
    return local ? { ...local, deleted: 1, version: copy.version } : undefined;
  }
  const data = { ...copy.data, version: copy.version };
  return { ...data, deleted: 0, quarter: recordQuarter(data) };
}

/** The record as it travels (RecordData), from a stored row: drops `deleted` and `quarter`. */
export function wireRecord(row: StoredRecord, changes: Partial<RecordData> = {}): RecordData {
  const { deleted: _deleted, quarter: _quarter, ...rest } = { ...row, ...changes } as StoredRecord;
  return RecordData.parse(rest);
}

/**
 * When the hub's copy and the device's current state obviously agree, so no person needs to
 * choose: both deleted, or both saying the same thing. The device then takes the hub's version.
 */
export function agreesWithHub(local: StoredRecord | undefined, copy: HubCopy): boolean {
  if (!local) return false;
  if (local.deleted === 1 || copy.deleted) return local.deleted === 1 && copy.deleted;
  return copy.data !== null && sameContent(local, copy.data);
}
