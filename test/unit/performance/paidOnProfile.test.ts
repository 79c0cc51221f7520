import { describe, expect, it } from 'vitest';
import { p4ClawBackForQuarter, paidOnProfile } from '../../../src/core/performance';
import { flatTargets, profile, ret, subContract } from './fixtures';

describe('paidOnProfile (P4 "paid" when the prime contract pays on profile in advance)', () => {
  const sc = subContract('sc', 'pc', { paymentByResults: [{ indicatorId: 'debt-managed', unitPricePence: 12_000 }, { indicatorId: 'hours', unitPricePence: 1_001 }] });
  const v1 = profile('sc', 1, '2026-Q1', flatTargets(['2026-Q1', '2026-Q2'], { 'debt-managed': 85, hours: 2.5 }));

  it('is unit price × the quarter’s profile target, per payment-by-results line', () => {
    expect(paidOnProfile({ subContract: sc, quarter: '2026-Q1', profiles: [v1] })).toEqual({ 'debt-managed': 1_020_000, hours: 2_503 });
  });

  it('takes the target from the profile version in force in the quarter (a re-profile changes what is paid)', () => {
    const v2 = profile('sc', 2, '2026-Q2', flatTargets(['2026-Q2'], { 'debt-managed': 40, hours: 4 }));
    expect(paidOnProfile({ subContract: sc, quarter: '2026-Q1', profiles: [v1, v2] })['debt-managed']).toBe(1_020_000);
    expect(paidOnProfile({ subContract: sc, quarter: '2026-Q2', profiles: [v1, v2] })).toEqual({ 'debt-managed': 480_000, hours: 4_004 });
  });

  it('leaves out a line with no target, so P4 says it was not assessed rather than paid £0', () => {
    const paid = paidOnProfile({ subContract: sc, quarter: '2026-Q3', profiles: [v1] });
    expect(paid).toEqual({});
    const p4 = p4ClawBackForQuarter({ subContract: sc, quarter: '2026-Q3', profiles: [v1], returns: [ret('sc', '2026-Q3', { 'debt-managed': 70, hours: 1 })], paidPence: paid });
    expect(p4.notAssessed.map((n) => n.reason)).toEqual(['No profile target for this quarter', 'No profile target for this quarter']);
  });

  it('gives nothing for a sub-contract that pays nothing by results', () => {
    expect(paidOnProfile({ subContract: subContract('plain'), quarter: '2026-Q1', profiles: [v1] })).toEqual({});
  });

  it('feeds P4: achieved under profile proposes the shortfall back', () => {
    const p4 = p4ClawBackForQuarter({ subContract: sc, quarter: '2026-Q1', profiles: [v1], returns: [ret('sc', '2026-Q1', { 'debt-managed': 70, hours: 2.5 })], paidPence: paidOnProfile({ subContract: sc, quarter: '2026-Q1', profiles: [v1] }) });
    expect(p4.lines.map((l) => [l.indicatorId, l.paidPence, l.earnedPence, l.proposalPence])).toEqual([
      ['debt-managed', 1_020_000, 840_000, 180_000],
      ['hours', 2_503, 2_503, 0],
    ]);
  });
});
