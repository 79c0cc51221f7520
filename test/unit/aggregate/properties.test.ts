// Properties of aggregateReturn checked against plain, slow restatements of the rules in
// aggregate/README.md: client breakdowns from each client's latest contact, and the year to date of
// unique-client figures as distinct clients over the whole year (never a sum of quarters).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateReturn, aggregateYearToDate } from '../../../src/core/aggregate';
import type { CategorySet, ContactRecord, RecordData } from '../../../src/core/schemas';
import { type QuarterId, addDays, quarterEnd, quarterStart } from '../../../src/core/time';
import { SUB, categorySets, indicators, template } from './fixtures';

const clientRef = fc.constantFrom('BRK-001', 'BRK-002', 'BRK-003', 'BRK-004', 'BRK-005', 'BRK-006');
// FY 2026/27 Q1 to Q3, and a little of the year before.
const date = fc.integer({ min: -10, max: 270 }).map((d) => addDays('2026-04-01', d));
const base = fc
  .record({
    id: fc.uuid(),
    subContractId: fc.constantFrom(SUB, SUB, SUB, 'sc-other'),
    createdAt: fc.constantFrom('2026-04-01T09:00:00.000Z', '2026-05-01T09:00:00.000Z'),
  })
  .map((b) => ({ ...b, memberId: 'm-advice', personId: 'p-worker', updatedAt: b.createdAt, version: 1 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const contactRecord = fc
  .record({
    base,
    date,
    clientRef,
    isNew: fc.boolean(),
    age: maybe(fc.constantFrom('18-24', '25-64', '65-plus', 'not-known', 'no-such-band')),
    gender: maybe(fc.constantFrom('woman', 'man', 'not-known')),
  })
  .map(({ base, age, gender, ...r }): RecordData => ({
    ...base,
    type: 'contact',
    ...r,
    service: 'Debt advice',
    interventions: 1,
    demographics: { ...(age === undefined ? {} : { 'age-band': age }), ...(gender === undefined ? {} : { gender }) },
  }));

const outcomeRecord = fc
  .record({ base, date, clientRef, indicatorId: fc.constantFrom('reduced-isolation', 'another-outcome') })
  .map(({ base, ...r }): RecordData => ({ ...base, type: 'outcome', ...r, evidenceNote: 'Said so at review' }));

const records = fc.array(fc.oneof({ arbitrary: contactRecord, weight: 3 }, { arbitrary: outcomeRecord, weight: 1 }), { maxLength: 40 });
const quarter = fc.constantFrom<QuarterId>('2026-Q1', '2026-Q2', '2026-Q3');

const inSpan = (r: RecordData, from: string, to: string): r is RecordData & { date: string } =>
  r.subContractId === SUB && r.type !== 'spend' && r.date >= from && r.date <= to;

/** The README's rule, restated: the category of the client's latest contact giving one of the set's. */
function categoryOf(contacts: ContactRecord[], set: CategorySet): string {
  const ids = set.categories.map((c) => c.id);
  const giving = contacts.filter((c) => ids.includes(c.demographics[set.id] ?? ''));
  giving.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1));
  return giving.at(-1)?.demographics[set.id] ?? 'not-known';
}

function clientBreakdown(clients: Set<string>, contacts: ContactRecord[], set: CategorySet): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(set.categories.map((c) => [c.id, 0]));
  for (const ref of clients) out[categoryOf(contacts.filter((c) => c.clientRef === ref), set)]!++;
  return out;
}

describe('aggregateReturn, against the rules restated plainly', () => {
  it('breaks each client down once, by the latest contact that gives a category of the set', () => {
    fc.assert(
      fc.property(records, quarter, (rs, q) => {
        const figures = aggregateReturn({ records: rs, template, indicators, categorySets, subContractId: SUB, quarter: q });
        const inQuarter = rs.filter((r) => inSpan(r, quarterStart(q), quarterEnd(q)));
        const contacts = inQuarter.filter((r): r is ContactRecord => r.type === 'contact');
        const refs = (keep: (r: RecordData) => boolean) => new Set(inQuarter.filter(keep).map((r) => (r as ContactRecord).clientRef));
        const who = {
          'unique-clients': refs((r) => r.type === 'contact' || r.type === 'outcome'),
          'new-clients': refs((r) => r.type === 'contact' && r.isNew),
          'reduced-isolation': refs((r) => r.type === 'outcome' && r.indicatorId === 'reduced-isolation'),
        };
        for (const [id, clients] of Object.entries(who)) {
          const figure = figures.find((f) => f.indicatorId === id)!;
          expect(figure.value).toBe(clients.size);
          for (const setId of Object.keys(figure.breakdowns)) {
            expect(figure.breakdowns[setId]).toEqual(clientBreakdown(clients, contacts, categorySets.find((s) => s.id === setId)!));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives unique-client figures their year to date: distinct clients from Q1, as aggregateYearToDate counts them', () => {
    fc.assert(
      fc.property(records, quarter, (rs, q) => {
        const input = { records: rs, template, indicators, categorySets, subContractId: SUB, quarter: q };
        const figures = aggregateReturn(input);
        const ytd = aggregateYearToDate(input);
        const inYear = rs.filter((r) => inSpan(r, '2026-04-01', quarterEnd(q)));
        const distinct = (keep: (r: RecordData) => boolean) => new Set(inYear.filter(keep).map((r) => (r as ContactRecord).clientRef)).size;
        const expected: Record<string, number> = {
          'unique-clients': distinct((r) => r.type === 'contact' || r.type === 'outcome'),
          'new-clients': distinct((r) => r.type === 'contact' && r.isNew),
          'reduced-isolation': distinct((r) => r.type === 'outcome' && r.indicatorId === 'reduced-isolation'),
        };
        for (const f of figures) {
          const want = expected[f.indicatorId] ?? null;
          expect(f.yearToDate).toBe(want);
          if (want !== null) expect(ytd.find((y) => y.indicatorId === f.indicatorId)?.value).toBe(want);
        }
      }),
      { numRuns: 300 },
    );
  });
});
