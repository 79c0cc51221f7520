import { describe, expect, it } from 'vitest';
import { recentClientsIn } from '../../../src/app/state/clients';
import type { StoredRecord } from '../../../src/app/store/types';

const contact = (i: number, clientRef: string, date: string, deleted: 0 | 1 = 0) =>
  ({ id: `c${i}`, type: 'contact', clientRef, date, subContractId: 'a', createdAt: `${date}T10:00:00.000Z`, demographics: { g: String(i) }, deleted }) as unknown as StoredRecord;

describe('recent clients among the quarter’s records', () => {
  it('gives each client’s latest date, newest first, ties in first-seen order, as a full sort would', () => {
    const rows = Array.from({ length: 400 }, (_, i) => contact(i, `REF-${(i * 37) % 90}`, `2026-10-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`, i % 17 === 0 ? 1 : 0));
    const latest = new Map<string, StoredRecord & { type: 'contact' }>();
    for (const r of rows) {
      if (r.deleted || r.type !== 'contact') continue;
      const seen = latest.get(r.clientRef);
      if (!seen || r.date > seen.date) latest.set(r.clientRef, r);
    }
    const sorted = [...latest.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    for (const limit of [0, 1, 30, 1_000]) {
      const recent = recentClientsIn(rows, limit);
      expect(recent.map((c) => [c.clientRef, c.lastDate])).toEqual(sorted.slice(0, limit).map((r) => [r.clientRef, r.date]));
    }
    expect(recentClientsIn(rows, 1)[0]!.demographics).toEqual(sorted[0]!.demographics);
  });
});
