import { demoReturn60 } from '../../src/core/demo';
import { ReturnVersion } from '../../src/core/schemas';
import { prepareRecordsAggregate, validateReturn } from '../../src/core/validation';
import type { Figure } from '../figure';
import { line, measure, note, pairs } from '../harness';

/**
 * Issue 3: `bench validate-return <ms> ms`, target ≤ 1 ms; issue 7: `-ratio` against only parsing
 * the same return with ReturnVersion.safeParse (the unavoidable cost of trusting input), goal ≤ 1.5.
 * The records are aggregated once beforehand (prepareRecordsAggregate), as the app does while a
 * manager edits and the hub does once per return; `validate-return-with-records` also times
 * validating with the raw records, aggregating them on every call.
 */
export const validateReturnFigure: Figure = {
  name: 'validate-return',
  about: 'validateReturn on a 60-indicator return with breakdowns, 5 quarters of history and 2,000 records (pre-aggregated) ÷ ReturnVersion.safeParse of the same return',
  run() {
    const d = demoReturn60({ recordsPerQuarter: 1_000 });
    const recordsAggregate = prepareRecordsAggregate(d.records, { ...d, quarter: '2026-Q2' });
    const ctx = { ...d, stage: 'received' as const, recordsAggregate };
    const check = validateReturn(d.ret, ctx);
    if (!check.canSeal) throw new Error(`The bench return should be sealable: ${check.findings.map((f) => f.ruleId).join(', ')}`);
    pairs('validate-return', () => validateReturn(d.ret, ctx), () => ReturnVersion.safeParse(d.ret), { pairs: 31, inner: 20, warmup: 60 });
    const withRecords = { ...d, stage: 'received' as const };
    note(`validateReturn with the ${d.records.length} raw records, aggregating them on each call:`);
    line('validate-return-with-records', measure(() => validateReturn(d.ret, withRecords), { runs: 15, inner: 2 }).medianMs, 'ms');
  },
};
