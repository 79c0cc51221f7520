import { describe, expect, it } from 'vitest';
import { p4ClawBack, p4ClawBackForQuarter } from '../../../src/core/performance';
import { flatTargets, profile, ret, subContract } from './fixtures';

const line = { indicatorId: 'debt-managed', unitPricePence: 12_000, paidPence: 1_020_000 };

describe('p4ClawBack', () => {
  it('proposes paid − unit price × achieved when under profile, with its workings', () => {
    const p = p4ClawBack({ ...line, achieved: 70, profile: 85 });
    expect(p).toMatchObject({ payable: 70, earnedPence: 840_000, proposalPence: 180_000, status: 'proposal' });
    expect(p.workings).toBe(
      'Earned: £120.00 × 70 (achieved 70 against a profile of 85) = £8,400.00. Proposed claw back: £10,200.00 paid − £8,400.00 earned = £1,800.00. ' +
        'This is a proposal for a person to approve; nothing has been recovered.',
    );
  });

  it('caps achievement at the profile', () => {
    const p = p4ClawBack({ ...line, achieved: 100, profile: 85 });
    expect(p).toMatchObject({ payable: 85, earnedPence: 1_020_000, proposalPence: 0 });
    expect(p.workings).toContain('capped at the profile of 85');
    expect(p.workings).toContain('Nothing to claw back');
  });

  it('never proposes a negative claw back', () => {
    expect(p4ClawBack({ ...line, paidPence: 500_000, achieved: 85, profile: 85 }).proposalPence).toBe(0);
  });

  it('proposes everything paid when nothing was achieved', () => {
    expect(p4ClawBack({ ...line, achieved: 0, profile: 85 }).proposalPence).toBe(1_020_000);
  });

  it('rounds the earned pence once, half up, for a fractional achievement', () => {
    expect(p4ClawBack({ indicatorId: 'hours', unitPricePence: 1_001, paidPence: 0, achieved: 2.5, profile: 10 }).earnedPence).toBe(2_503);
  });

  it('refuses money that is not whole pence, and negative figures', () => {
    expect(() => p4ClawBack({ ...line, unitPricePence: 12.5, achieved: 1, profile: 1 })).toThrow(/unitPricePence must be whole pence/);
    expect(() => p4ClawBack({ ...line, paidPence: -1, achieved: 1, profile: 1 })).toThrow(/paidPence/);
    expect(() => p4ClawBack({ ...line, achieved: -1, profile: 1 })).toThrow(/achieved/);
  });
});

describe('p4ClawBackForQuarter', () => {
  const sc = subContract('sc', 'pc', { paymentByResults: [{ indicatorId: 'debt-managed', unitPricePence: 12_000 }, { indicatorId: 'isolation', unitPricePence: 8_500 }] });
  const profiles = [profile('sc', 1, '2026-Q1', flatTargets(['2026-Q1'], { 'debt-managed': 85, isolation: 40 }))];

  it('proposes per payment-by-results line from the return and the profile in force, and says what it could not assess', () => {
    const result = p4ClawBackForQuarter({
      subContract: sc,
      quarter: '2026-Q1',
      profiles,
      returns: [ret('sc', '2026-Q1', { 'debt-managed': 70, isolation: 30 })],
      paidPence: { 'debt-managed': 1_020_000 },
    });
    expect(result.lines.map((l) => [l.indicatorId, l.proposalPence])).toEqual([['debt-managed', 180_000]]);
    expect(result.totalProposalPence).toBe(180_000);
    expect(result.notAssessed).toEqual([{ indicatorId: 'isolation', reason: 'No payment recorded for this quarter' }]);
  });

  it('does not assess a line without a figure or a target', () => {
    const result = p4ClawBackForQuarter({ subContract: sc, quarter: '2026-Q2', profiles, returns: [ret('sc', '2026-Q2', { 'debt-managed': 70 })], paidPence: { 'debt-managed': 1, isolation: 1 } });
    expect(result.notAssessed).toEqual([
      { indicatorId: 'debt-managed', reason: 'No profile target for this quarter' },
      { indicatorId: 'isolation', reason: 'No figure for this quarter yet' },
    ]);
  });
});
