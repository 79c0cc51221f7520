import { describe, expect, it } from 'vitest';
import { p6ConsolidatedReturn, publishConsolidatedReturn, suppressSmallCounts } from '../../../src/core/performance';
import { indicators, ret, subContract } from './fixtures';

describe('suppressSmallCounts', () => {
  it('shows counts of 1 to 4 as "<5"; 0, 5 and more, and blanks as they are', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map(suppressSmallCounts)).toEqual([0, '<5', '<5', '<5', '<5', 5, 6, 120]);
    expect(suppressSmallCounts(null)).toBeNull();
  });
});

describe('publishConsolidatedReturn', () => {
  it('suppresses every count that leaves the consortium, but not hours or money', () => {
    const c = p6ConsolidatedReturn({
      primeContractId: 'pc',
      quarter: '2026-Q1',
      subContracts: [subContract('a'), subContract('b')],
      indicators: Object.values(indicators),
      returns: [
        ret('a', '2026-Q1', { clients: { value: 3, yearToDate: 3 }, sessions: { value: 9, breakdowns: { ward: { north: 2, 'not-known': 7 } } }, hours: 2.5, spend: 3 }),
        ret('b', '2026-Q1', { clients: 1, sessions: 0, hours: 1, spend: 1 }),
      ],
    });
    const out = publishConsolidatedReturn(c);
    const fig = (id: string) => out.figures.find((f) => f.indicatorId === id)!;
    expect(fig('clients')).toMatchObject({ value: null, upperBound: '<5' });
    expect(fig('clients').members.map((m) => [m.value, m.yearToDate])).toEqual([['<5', '<5'], ['<5', null]]);
    expect(fig('sessions')).toMatchObject({ value: 9, breakdowns: { ward: { north: '<5', 'not-known': 7 } } });
    expect(fig('sessions').members.map((m) => m.value)).toEqual([9, 0]);
    expect(fig('hours').value).toBe(3.5);
    expect(fig('spend').value).toBe(4);
  });
});
