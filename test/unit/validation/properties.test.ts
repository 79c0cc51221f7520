import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateReturn } from '../../../src/core/aggregate';
import { RecordData, ReturnVersion } from '../../../src/core/schemas';
import { addDays } from '../../../src/core/time';
import { prepareRecordsAggregate, validateReturn } from '../../../src/core/validation';
import { Q, SUB, categorySets, context, indicators, subContract, template } from '../aggregate/fixtures';
import { aReturn, seal } from './helpers';

const clientRef = fc.constantFrom('BRK-001', 'BRK-002', 'BRK-003', 'BRK-004', 'BRK-005', 'HLT-9');
// Mostly inside the quarter, sometimes just outside it.
const date = fc.integer({ min: -3, max: 93 }).map((d) => addDays('2026-04-01', d));
const createdAt = fc.constantFrom('2026-04-01T09:00:00.000Z', '2026-05-01T09:00:00.000Z');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const base = fc.record({
  id: fc.uuid(),
  subContractId: fc.constantFrom(SUB, SUB, SUB, 'sc-other'),
  createdAt,
});

const contactRecord = fc.record({
  base,
  date,
  clientRef,
  service: fc.constantFrom('Debt advice', 'Benefits', ''),
  isNew: fc.boolean(),
  age: maybe(fc.constantFrom('18-24', '25-64', '65-plus', 'not-known', 'no-such-band')),
  gender: maybe(fc.constantFrom('woman', 'man', 'not-known')),
  interventions: fc.integer({ min: 1, max: 100 }),
}).map(({ base, age, gender, ...r }) => ({
  ...base,
  type: 'contact',
  ...r,
  demographics: { ...(age === undefined ? {} : { 'age-band': age }), ...(gender === undefined ? {} : { gender }) },
}));

const outcomeRecord = fc.record({ base, date, clientRef, indicatorId: fc.constantFrom('reduced-isolation', 'another-outcome') }).map(({ base, ...r }) => ({
  ...base,
  type: 'outcome',
  ...r,
  evidenceNote: 'Said so at review',
}));

const hoursRecord = fc.record({
  base,
  date,
  volunteerId: fc.constantFrom('vol-1', 'vol-2'),
  roleId: fc.constantFrom('befriender', 'driver', 'cook'),
  quarters: fc.integer({ min: 1, max: 96 }),
  activity: fc.constantFrom('Befriending call', 'Driving'),
}).map(({ base, quarters, ...r }) => ({ ...base, type: 'volunteer-hours', ...r, hours: quarters / 4 }));

const spendRecord = fc.record({
  base,
  quarter: fc.constantFrom(Q, Q, '2026-Q2'),
  lineId: fc.constantFrom('staff', 'venue', 'other'),
  amountPence: fc.integer({ min: 0, max: 10_000_000 }),
}).map(({ base, ...r }) => ({ ...base, type: 'spend', ...r, note: '' }));

// Records made as the app makes them: parsed at the boundary.
const records = fc
  .array(fc.oneof({ arbitrary: contactRecord, weight: 4 }, outcomeRecord, hoursRecord, spendRecord), { maxLength: 60 })
  .map((rs) =>
    rs.map((r) => RecordData.parse({ memberId: 'm-advice', personId: 'p-worker', updatedAt: r.createdAt, version: 1, ...r })),
  );

const logicErrors = (findings: { ruleId: string; severity: string }[]) =>
  findings.filter((f) => f.severity === 'error' && ['A2', 'A3', 'A4'].includes(f.ruleId));

describe('properties of aggregation and validation', () => {
  it('a return aggregated from any valid records has no A2, A3 or A4 error', () => {
    fc.assert(
      fc.property(records, fc.constantFrom('seal-check' as const, 'received' as const), (rs, stage) => {
        const ret = aReturn(rs, { seal });
        expect(logicErrors(validateReturn(ret, context({ records: rs, stage })).findings)).toEqual([]);
        expect(logicErrors(validateReturn(ret, context({ stage })).findings)).toEqual([]);
        const recordsAggregate = prepareRecordsAggregate(rs, { template, indicators, categorySets, subContract, quarter: Q });
        expect(logicErrors(validateReturn(ret, context({ recordsAggregate, stage })).findings)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('aggregated breakdowns always add up, and new and outcome clients never exceed unique clients', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const figures = aggregateReturn({ records: rs, template, indicators, categorySets, subContractId: SUB, quarter: Q });
        const value = (id: string) => figures.find((f) => f.indicatorId === id)?.value ?? 0;
        for (const f of figures) {
          if (f.value === null) continue;
          for (const b of Object.values(f.breakdowns)) {
            const values = Object.values(b) as number[];
            expect(values.every((v) => v >= 0)).toBe(true);
            expect(values.reduce((a, v) => a + v, 0)).toBe(f.value);
          }
        }
        expect(value('new-clients')).toBeLessThanOrEqual(value('unique-clients'));
        expect(value('reduced-isolation')).toBeLessThanOrEqual(value('unique-clients'));
        expect(value('interventions')).toBeGreaterThanOrEqual(value('sessions'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary input, and completeness stays within 0..1', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('seal-check' as const, 'received' as const), (anything, stage) => {
        const result = validateReturn(anything, context({ stage }));
        expect(result.canSeal).toBe(false);
        expect(result.findings.length).toBeGreaterThan(0);
        expect(result.completeness.score).toBeGreaterThanOrEqual(0);
        expect(result.completeness.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on return-shaped input with arbitrary values, and keeps its promises', () => {
    const figure = fc.record({
      indicatorId: fc.constantFrom('unique-clients', 'new-clients', 'sessions', 'spend', 'volunteer-hours', 'nope', '3'),
      value: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 50 }), fc.double(), fc.string()),
      breakdowns: fc.dictionary(fc.constantFrom('age-band', 'gender', 'x'), fc.dictionary(fc.constantFrom('18-24', 'woman', 'not-known', 'zz'), fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 9 }), fc.double()))),
      derived: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 50 })),
      overrideReason: fc.oneof(fc.constant(''), fc.string()),
    });
    const returnLike = fc.record(
      {
        figures: fc.array(figure, { maxLength: 10 }),
        nil: fc.oneof(fc.constant(null), fc.record({ reason: fc.string() }), fc.anything()),
        narrative: fc.dictionary(fc.constantFrom('case-study', 'progress', 'poem'), fc.oneof(fc.string(), fc.anything())),
        finance: fc.dictionary(fc.constantFrom('staff', 'venue', 'yacht'), fc.oneof(fc.constant(null), fc.integer({ min: -10, max: 2_000_000 }), fc.double())),
        explanations: fc.dictionary(fc.string(), fc.string()),
        seal: fc.oneof(fc.constant(null), fc.constant(seal), fc.anything()),
        quarter: fc.constantFrom(Q, '2026-Q5', 'soon'),
      },
      { requiredKeys: [] },
    );
    const complete = aReturn([]);
    fc.assert(
      fc.property(returnLike, fc.constantFrom('seal-check' as const, 'received' as const), (over, stage) => {
        const candidate = { ...complete, ...over };
        const result = validateReturn(candidate, context({ stage, previousReturns: [aReturn([], { quarter: '2025-Q4', id: 'old' })] }));
        const { score, present, required } = result.completeness;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(present).toBeLessThanOrEqual(required);
        expect(result.canSeal).toBe(!result.findings.some((f) => f.severity === 'error') && result.unexplained.length === 0);
        if (!ReturnVersion.safeParse(candidate).success) expect(result.canSeal).toBe(false);
        for (const f of result.findings) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
