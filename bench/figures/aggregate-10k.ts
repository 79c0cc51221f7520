import { aggregateReturn } from '../../src/core/aggregate';
import { demoRecords, demoReferenceData } from '../../src/core/demo';
import type { RecordData } from '../../src/core/schemas';
import type { Figure } from '../figure';
import { pairs } from '../harness';

/**
 * The least any aggregation must do: one pass grouping the records by indicator and client ref
 * (distinct clients per indicator), volunteer or budget line, counting each group.
 */
export function groupByClientAndIndicator(records: readonly RecordData[]): Map<string, number> {
  const groups = new Map<string, number>();
  for (const r of records) {
    const key =
      r.type === 'contact' ? `unique-clients\u0000${r.clientRef}`
      : r.type === 'outcome' ? `${r.indicatorId}\u0000${r.clientRef}`
      : r.type === 'volunteer-hours' ? `volunteer-hours\u0000${r.volunteerId}`
      : `spend\u0000${r.lineId}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return groups;
}

/**
 * Issue 3: `bench aggregate-10k <ms> ms`, target ≤ 50 ms; issue 7: `-ratio` against one plain loop
 * grouping the same records by client ref and indicator, goal ≤ 2. 10,000 records of one
 * sub-contract's quarter (contacts with repeat clients, outcomes, volunteer hours, spend).
 */
export const aggregate10kFigure: Figure = {
  name: 'aggregate-10k',
  about: "aggregateReturn of 10,000 records into the advice template's figures and breakdowns ÷ one plain loop grouping the same records by client ref and indicator",
  run() {
    const demo = demoReferenceData();
    const sc = demo.subContracts.find((s) => s.id === 'sc-advice-debt')!;
    const template = demo.templates.find((t) => t.id === sc.templateId)!;
    const records = demoRecords({ subContractId: sc.id, quarter: '2026-Q2', count: 10_000, seed: 10 });
    const input = { records, template, indicators: demo.indicators, categorySets: demo.categorySets, subContractId: sc.id, quarter: '2026-Q2' };
    pairs('aggregate-10k', () => aggregateReturn(input), () => groupByClientAndIndicator(records), { pairs: 31, inner: 1, warmup: 40 });
  },
};
