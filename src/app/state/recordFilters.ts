import type { StoredRecord } from '../store/types';

export type RecordFilters = { subContractId: string; personId: string; from: string; to: string };
export const NO_FILTERS: RecordFilters = { subContractId: '', personId: '', from: '', to: '' };

/** The person a record is about in the lists: the volunteer for hours, else who recorded it. */
export function listedPersonId(r: StoredRecord): string {
  return r.type === 'volunteer-hours' ? r.volunteerId : r.personId;
}

/** A spend line has no date: it is filtered by its quarter only. */
function recordDate(r: StoredRecord): string {
  return r.type === 'spend' ? '' : r.date;
}

/** Newest first: later date, then made later, then greater id (so the order never depends on input order). */
export function newerFirst(a: StoredRecord, b: StoredRecord): number {
  const da = recordDate(a);
  const db = recordDate(b);
  if (da !== db) return da < db ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function matches(r: StoredRecord, type: StoredRecord['type'], f: RecordFilters): boolean {
  if (r.type !== type) return false;
  if (f.subContractId && r.subContractId !== f.subContractId) return false;
  if (f.personId && listedPersonId(r) !== f.personId) return false;
  const date = recordDate(r);
  if (date && f.from && date < f.from) return false;
  if (date && f.to && date > f.to) return false;
  return true;
}

export type RecordSelection = { matching: number; shown: StoredRecord[] };

/**
 * The `limit` newest records of one type matching the filters, and how many match in all. A
 * list shows a page at a time, so this keeps only the newest `limit` while counting, instead of
 * sorting thousands of records after every save.
 */
export function selectRecords(records: readonly StoredRecord[], type: StoredRecord['type'], f: RecordFilters, limit: number): RecordSelection {
  const shown: StoredRecord[] = [];
  let matching = 0;
  for (const r of records) {
    if (!matches(r, type, f)) continue;
    matching++;
    if (shown.length === limit && (limit === 0 || newerFirst(r, shown[limit - 1]!) >= 0)) continue;
    // Binary search for its place among the newest so far.
    let lo = 0;
    let hi = shown.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newerFirst(shown[mid]!, r) <= 0) lo = mid + 1;
      else hi = mid;
    }
    shown.splice(lo, 0, r);
    if (shown.length > limit) shown.pop();
  }
  return { matching, shown };
}

export type RecordList = RecordSelection & {
  /** How many records of the type there are, filtered or not. */
  ofType: number;
  /** Who the records of the type are about (listedPersonId), for the person filter. */
  listedPeople: Set<string>;
};

/** What a records list shows: selectRecords, and what its filters offer, in one pass. */
export function listRecords(records: readonly StoredRecord[], type: StoredRecord['type'], f: RecordFilters, limit: number): RecordList {
  let ofType = 0;
  const listedPeople = new Set<string>();
  for (const r of records) {
    if (r.type !== type) continue;
    ofType++;
    listedPeople.add(listedPersonId(r));
  }
  return { ofType, listedPeople, ...selectRecords(records, type, f, limit) };
}
