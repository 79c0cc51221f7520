import { describe, expect, it } from 'vitest';
import { NO_FILTERS, listRecords, newerFirst, selectRecords, type RecordFilters } from '../../../src/app/state/recordFilters';

const filterRecords = (rows: StoredRecord[], type: StoredRecord['type'], f: RecordFilters) => selectRecords(rows, type, f, 1_000).shown;
import type { StoredRecord } from '../../../src/app/store/types';

const contact = (id: string, date: string, subContractId: string, personId: string, createdAt = `${date}T10:00:00.000Z`) =>
  ({ id, type: 'contact', date, subContractId, personId, createdAt }) as unknown as StoredRecord;
const hours = (id: string, volunteerId: string, personId: string) =>
  ({ id, type: 'volunteer-hours', date: '2026-10-05', subContractId: 'a', volunteerId, personId, createdAt: '2026-10-05T10:00:00.000Z' }) as unknown as StoredRecord;
const spend = (id: string) => ({ id, type: 'spend', quarter: '2026-Q3', subContractId: 'a', personId: 'm', createdAt: '2026-10-05T10:00:00.000Z' }) as unknown as StoredRecord;

const records = [
  contact('c1', '2026-10-01', 'a', 'sam'),
  contact('c2', '2026-10-09', 'b', 'sam'),
  contact('c3', '2026-10-09', 'a', 'mona', '2026-10-09T12:00:00.000Z'),
  contact('c4', '2026-11-20', 'a', 'mona'),
  hours('h1', 'vic', 'sam'),
  spend('s1'),
];

describe('filtering a list of records', () => {
  it('keeps the newest page while counting every match, in the order a full sort gives', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      contact(`r${String((i * 7919) % 500).padStart(3, '0')}`, `2026-10-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`, i % 3 ? 'a' : 'b', 'sam', `2026-10-01T${String(i % 24).padStart(2, '0')}:00:00.000Z`),
    );
    const sorted = many.filter((r) => r.subContractId === 'a').sort(newerFirst);
    for (const limit of [0, 1, 20, 40, 1_000]) {
      const { matching, shown } = selectRecords(many, 'contact', { ...NO_FILTERS, subContractId: 'a' }, limit);
      expect(matching).toBe(sorted.length);
      expect(shown.map((r) => r.id)).toEqual(sorted.slice(0, limit).map((r) => r.id));
    }
  });

  it('keeps one type, newest first (then latest made)', () => {
    expect(filterRecords(records, 'contact', NO_FILTERS).map((r) => r.id)).toEqual(['c4', 'c3', 'c2', 'c1']);
  });

  it('filters by sub-contract, person and dates together', () => {
    expect(filterRecords(records, 'contact', { ...NO_FILTERS, subContractId: 'a' }).map((r) => r.id)).toEqual(['c4', 'c3', 'c1']);
    expect(filterRecords(records, 'contact', { ...NO_FILTERS, personId: 'sam' }).map((r) => r.id)).toEqual(['c2', 'c1']);
    expect(filterRecords(records, 'contact', { ...NO_FILTERS, from: '2026-10-02', to: '2026-10-31' }).map((r) => r.id)).toEqual(['c3', 'c2']);
    expect(filterRecords(records, 'contact', { subContractId: 'a', personId: 'mona', from: '2026-10-09', to: '2026-10-09' }).map((r) => r.id)).toEqual(['c3']);
  });

  it('filters volunteer hours by the volunteer, not by who typed them, and spend by quarter only', () => {
    expect(filterRecords(records, 'volunteer-hours', { ...NO_FILTERS, personId: 'vic' }).map((r) => r.id)).toEqual(['h1']);
    expect(filterRecords(records, 'volunteer-hours', { ...NO_FILTERS, personId: 'sam' })).toEqual([]);
    expect(filterRecords(records, 'spend', { ...NO_FILTERS, from: '2027-01-01' }).map((r) => r.id)).toEqual(['s1']);
  });
});

describe('what a records list shows', () => {
  it('counts the type, names who its records are about, and selects the filtered page', () => {
    const list = listRecords(records, 'contact', { ...NO_FILTERS, personId: 'mona' }, 1);
    expect(list).toMatchObject({ ofType: 4, matching: 2 });
    expect([...list.listedPeople].sort()).toEqual(['mona', 'sam']);
    expect(list.shown.map((r) => r.id)).toEqual(['c4']);
    // Volunteer hours are about the volunteer, not who logged them.
    expect([...listRecords(records, 'volunteer-hours', NO_FILTERS, 20).listedPeople]).toEqual(['vic']);
  });
});
