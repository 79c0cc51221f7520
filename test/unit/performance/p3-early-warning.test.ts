import { describe, expect, it } from 'vitest';
import { p3EarlyWarning, runRate } from '../../../src/core/performance';
import { ReportingTemplate } from '../../../src/core/schemas';
import { FY2025, FY2026, flatTargets, indicators, profile, ret, settings } from './fixtures';

const template = ReportingTemplate.parse({
  id: 't',
  name: 'Template',
  indicators: [{ indicatorId: 'clients' }, { indicatorId: 'sessions' }, { indicatorId: 'referrals' }],
});
const catalogue = Object.values(indicators);
const profiles = [profile('sc', 1, '2025-Q1', flatTargets([...FY2025, ...FY2026], { clients: 100, sessions: 100, referrals: 100 }))];
const green = { clients: { value: 100, yearToDate: 100 }, sessions: 100, referrals: 100 };

function warn(quarter: string, returns: ReturnType<typeof ret>[]) {
  return p3EarlyWarning({ subContractId: 'sc', quarter, template, indicators: catalogue, profiles, returns, settings });
}

describe('runRate (P3)', () => {
  const at = (quarter: string, returns: ReturnType<typeof ret>[]) =>
    runRate({ indicator: indicators.sessions, subContractId: 'sc', quarter, profiles, returns });

  it('projects year to date ÷ quarters elapsed × 4 against the year’s target', () => {
    const r = at('2026-Q2', [ret('sc', '2026-Q1', { sessions: 90 }), ret('sc', '2026-Q2', { sessions: 90 })]);
    expect(r).toEqual({ indicatorId: 'sessions', quarter: '2026-Q2', quartersElapsed: 2, yearToDate: 180, projected: 360, annualTarget: 400, percent: 90 });
  });

  it('is exactly the year’s figure at Q4', () => {
    const year = FY2026.map((q) => ret('sc', q, { sessions: 95 }));
    expect(at('2026-Q4', year)).toMatchObject({ projected: 380, percent: 95 });
  });

  it('uses the target of a re-profile already agreed for a later quarter', () => {
    const later = [...profiles, profile('sc', 2, '2026-Q3', flatTargets(['2026-Q3', '2026-Q4'], { sessions: 50 }))];
    const r = runRate({ indicator: indicators.sessions, subContractId: 'sc', quarter: '2026-Q1', profiles: later, returns: [ret('sc', '2026-Q1', { sessions: 75 })] });
    expect(r).toMatchObject({ projected: 300, annualTarget: 300, percent: 100 });
  });

  it('uses the distinct year-to-date figure for unique clients', () => {
    const returns = [ret('sc', '2026-Q1', { clients: { value: 100, yearToDate: 100 } }), ret('sc', '2026-Q2', { clients: { value: 100, yearToDate: 170 } })];
    expect(runRate({ indicator: indicators.clients, subContractId: 'sc', quarter: '2026-Q2', profiles, returns })).toMatchObject({ yearToDate: 170, projected: 340, percent: 85 });
  });
});

describe('p3EarlyWarning', () => {
  it('raises nothing for a sub-contract on profile', () => {
    expect(warn('2026-Q2', [ret('sc', '2026-Q1', green), ret('sc', '2026-Q2', { ...green, clients: { value: 100, yearToDate: 200 } })])).toEqual({
      subContractId: 'sc', quarter: '2026-Q2', warning: false, reasons: [],
    });
  });

  it('warns when a key indicator is red this quarter, and says so plainly', () => {
    const w = warn('2026-Q1', [ret('sc', '2025-Q4', green), ret('sc', '2026-Q1', { ...green, sessions: 84 })]);
    expect(w.warning).toBe(true);
    expect(w.reasons.map((r) => r.rule)).toContain('red-this-quarter');
    expect(w.reasons.find((r) => r.rule === 'red-this-quarter')!.message).toBe(
      'Sessions delivered: red this quarter, at 84% of profile (84 against a profile of 100).',
    );
  });

  it('does not warn at 85% exactly this quarter, nor for a red indicator that is not key', () => {
    const w = warn('2026-Q4', [
      ...FY2026.slice(0, 3).map((q) => ret('sc', q, { ...green, clients: { value: 100, yearToDate: 300 } })),
      ret('sc', '2026-Q4', { clients: { value: 100, yearToDate: 400 }, sessions: 85, referrals: 10 }),
    ]);
    expect(w.reasons).toEqual([]);
  });

  it('warns when amber or red year to date two quarters running, not after one', () => {
    const q1 = ret('sc', '2026-Q1', { ...green, sessions: 88 });
    const q2 = ret('sc', '2026-Q2', { ...green, clients: { value: 100, yearToDate: 200 }, sessions: 92 });
    const yearBefore = FY2025.map((q) => ret('sc', q, green));
    expect(warn('2026-Q1', [...yearBefore, q1]).reasons.map((r) => r.rule)).not.toContain('behind-two-quarters-running');
    const both = warn('2026-Q2', [...yearBefore, q1, q2]).reasons.find((r) => r.rule === 'behind-two-quarters-running');
    expect(both).toMatchObject({ indicatorId: 'sessions' });
    expect(both!.message).toBe(
      'Sessions delivered: amber year to date for two quarters running, at 88% of profile to the end of Q1 2026/27 (Apr–Jun 2026) and 90% to the end of Q2 2026/27 (Jul–Sep 2026).',
    );
  });

  it('looks back across the year end: at Q1 the quarter before is last year’s Q4', () => {
    const lastYear = FY2025.map((q) => ret('sc', q, { ...green, sessions: 86 }));
    const w = warn('2026-Q1', [...lastYear, ret('sc', '2026-Q1', { ...green, sessions: 90 })]);
    expect(w.reasons.map((r) => r.rule)).toContain('behind-two-quarters-running');
  });

  it('warns on a run-rate below 90%, not at 90%', () => {
    const at90 = [ret('sc', '2026-Q1', { ...green, sessions: 95 }), ret('sc', '2026-Q2', { ...green, clients: { value: 100, yearToDate: 200 }, sessions: 85 })];
    expect(warn('2026-Q2', at90).reasons.map((r) => r.rule)).not.toContain('run-rate');
    const below = [at90[0]!, ret('sc', '2026-Q2', { ...green, clients: { value: 100, yearToDate: 200 }, sessions: 84 })];
    const reason = warn('2026-Q2', below).reasons.find((r) => r.rule === 'run-rate');
    expect(reason?.message).toBe(
      "Sessions delivered: at the current rate, about 89.5% of this year's target by year end (about 358 against a target of 400), below the 90% warning level.",
    );
  });
});
