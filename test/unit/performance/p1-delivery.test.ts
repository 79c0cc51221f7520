import { describe, expect, it } from 'vitest';
import { deliveryPercent, p1Delivery } from '../../../src/core/performance';
import { FY2026, flatTargets, indicators, profile, ret } from './fixtures';

describe('deliveryPercent', () => {
  it('is achieved ÷ target as a %, exact at the thresholds', () => {
    expect(deliveryPercent(95, 100)).toBe(95);
    expect(deliveryPercent(57, 60)).toBe(95);
    expect(deliveryPercent(17, 20)).toBe(85);
    expect(deliveryPercent(0, 100)).toBe(0);
    expect(deliveryPercent(150, 100)).toBe(150);
  });

  it('is null, never Infinity or NaN, when the target is 0 or a figure is missing', () => {
    expect(deliveryPercent(10, 0)).toBeNull();
    expect(deliveryPercent(0, 0)).toBeNull();
    expect(deliveryPercent(null, 100)).toBeNull();
    expect(deliveryPercent(10, null)).toBeNull();
  });
});

describe('p1Delivery', () => {
  const profiles = [profile('sc', 1, '2026-Q1', flatTargets(FY2026, { clients: 100, sessions: 200, referrals: 0 }))];
  const returns = [
    ret('sc', '2026-Q1', { clients: { value: 100, yearToDate: 100 }, sessions: 180, referrals: 3 }),
    ret('sc', '2026-Q2', { clients: { value: 100, yearToDate: 150 }, sessions: 200, referrals: 2 }),
  ];
  const at = (indicator: (typeof indicators)[keyof typeof indicators], quarter: string, rs = returns, ps = profiles) =>
    p1Delivery({ indicator, subContractId: 'sc', quarter, profiles: ps, returns: rs });

  it('gives the quarter against the profile in force', () => {
    expect(at(indicators.sessions, '2026-Q1').quarterly).toEqual({ achieved: 180, target: 200, percent: 90 });
  });

  it('adds up the quarters for year to date on a summable indicator', () => {
    expect(at(indicators.sessions, '2026-Q2').yearToDate).toEqual({
      achieved: 380, target: 400, percent: 95, basis: 'sum-of-quarters', missingQuarters: [],
    });
  });

  it("uses the return's year-to-date figure for unique clients, not the sum of quarters", () => {
    const ytd = at(indicators.clients, '2026-Q2').yearToDate;
    expect(ytd).toMatchObject({ achieved: 150, target: 200, percent: 75, basis: 'year-to-date-figure' });
  });

  it('leaves year to date unknown when a quarter has no figure, or unique clients no year-to-date figure', () => {
    const gap = [returns[1]!];
    expect(at(indicators.sessions, '2026-Q2', gap).yearToDate).toMatchObject({ achieved: null, percent: null, missingQuarters: ['2026-Q1'] });
    const noYtd = [ret('sc', '2026-Q1', { clients: 90 })];
    expect(at(indicators.clients, '2026-Q1', noYtd).yearToDate).toMatchObject({ achieved: null, percent: null, missingQuarters: ['2026-Q1'] });
  });

  it('gives no % against a target of 0', () => {
    expect(at(indicators.referrals, '2026-Q1').quarterly).toEqual({ achieved: 3, target: 0, percent: null });
  });

  it('takes each quarter from the profile version in force then, after a re-profile', () => {
    const reprofiled = [...profiles, profile('sc', 2, '2026-Q2', flatTargets(['2026-Q2', '2026-Q3', '2026-Q4'], { sessions: 100 }))];
    const d = at(indicators.sessions, '2026-Q2', returns, reprofiled);
    expect(d.quarterly).toEqual({ achieved: 200, target: 100, percent: 200 });
    expect(d.yearToDate).toMatchObject({ achieved: 380, target: 300 });
  });

  it('counts the newest version of a resubmitted return', () => {
    const resubmitted = [...returns, ret('sc', '2026-Q1', { sessions: 190 }, { version: 2 })];
    expect(at(indicators.sessions, '2026-Q1', resubmitted).quarterly.achieved).toBe(190);
  });

  it('ignores other sub-contracts', () => {
    const others = [...returns, ret('other', '2026-Q1', { sessions: 999 })];
    expect(at(indicators.sessions, '2026-Q1', others).quarterly.achieved).toBe(180);
  });
});
