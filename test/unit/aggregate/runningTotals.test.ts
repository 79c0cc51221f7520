import { describe, expect, it } from 'vitest';
import { runningTotals, runningTotalsBySubContract } from '../../../src/core/aggregate';
import { Q, SUB, contact, hours, outcome, spend } from './fixtures';

const records = [
  contact('BRK-001', { isNew: true, interventions: 2 }),
  contact('BRK-001', { date: '2026-05-20' }),
  contact('BRK-002', { subContractId: 'sc-health' }),
  outcome('BRK-001'),
  outcome('BRK-001', { indicatorId: 'better-wellbeing' }),
  hours('vol-1', 3.5),
  spend('staff', 5_000),
  contact('BRK-003', { date: '2026-07-01' }),
];

describe('running totals', () => {
  it('gives the live figures for one sub-contract’s quarter', () => {
    expect(runningTotals(records, SUB, Q)).toEqual({
      records: 6,
      clients: 1,
      newClients: 1,
      sessions: 2,
      interventions: 3,
      outcomes: 2,
      volunteerHours: 3.5,
      spendPence: 5_000,
    });
  });

  it('gives every sub-contract with records in the quarter, from one list', () => {
    const all = runningTotalsBySubContract(records, Q);
    expect([...all.keys()].sort()).toEqual(['sc-advice', 'sc-health']);
    expect(all.get('sc-health')).toMatchObject({ clients: 1, sessions: 1, records: 1 });
    expect(all.get(SUB)).toEqual(runningTotals(records, SUB, Q));
    expect(runningTotalsBySubContract(records, '2027-Q1').size).toBe(0);
  });
});
