import { describe, expect, it } from 'vitest';
import { demoReferenceData } from '../../../src/core/demo';
import { p1Delivery, p3EarlyWarning, p4ClawBackForQuarter, p6ConsolidatedReturn, performanceOf, rag } from '../../../src/core/performance';
import { targetFor } from '../../../src/core/profile';

const demo = demoReferenceData();
const settings = demo.primeContracts[0]!.settings;

function warningFor(subContractId: string, quarter: string) {
  const sc = demo.subContracts.find((s) => s.id === subContractId)!;
  const template = demo.templates.find((t) => t.id === sc.templateId)!;
  return p3EarlyWarning({ subContractId, quarter, template, indicators: demo.indicators, profiles: demo.profiles, returns: demo.returns, settings });
}
const keyRag = (subContractId: string, quarter: string, indicatorId: string, which: 'quarterly' | 'yearToDate') =>
  rag(p1Delivery({ indicator: demo.indicators.find((i) => i.id === indicatorId)!, subContractId, quarter, profiles: demo.profiles, returns: demo.returns })[which].percent, settings);

describe('the demo tells its stories through the performance rules', () => {
  it('befriending is under-delivering: red this quarter, with an early warning', () => {
    const w = warningFor('sc-befriending', '2026-Q2');
    expect(keyRag('sc-befriending', '2026-Q2', 'unique-clients', 'quarterly')).toBe('red');
    expect(new Set(w.reasons.map((r) => r.rule))).toEqual(new Set(['red-this-quarter', 'behind-two-quarters-running', 'run-rate']));
  });

  it("carers' breaks is amber year to date two quarters running, never red", () => {
    for (const q of ['2026-Q1', '2026-Q2']) expect(keyRag('sc-carers-breaks', q, 'sessions', 'yearToDate')).toBe('amber');
    const w = warningFor('sc-carers-breaks', '2026-Q2');
    expect(w.reasons.map((r) => r.rule)).toContain('behind-two-quarters-running');
    expect(w.reasons.map((r) => r.rule)).not.toContain('red-this-quarter');
  });

  it('every other sub-contract is green, with no early warning', () => {
    const others = demo.subContracts.map((s) => s.id).filter((id) => id !== 'sc-befriending' && id !== 'sc-carers-breaks');
    expect(others).toHaveLength(6);
    for (const id of others) {
      for (const q of ['2026-Q1', '2026-Q2']) {
        expect(warningFor(id, q).reasons, `${id} ${q}`).toEqual([]);
        expect(keyRag(id, q, 'unique-clients', 'yearToDate'), `${id} ${q}`).toBe('green');
      }
    }
  });

  it('befriending’s payment-by-results line gives a claw back proposal', () => {
    const sc = demo.subContracts.find((s) => s.id === 'sc-befriending')!;
    const profiled = targetFor(demo.profiles, sc.id, 'reduced-isolation', '2026-Q2')!;
    const paid = profiled * sc.paymentByResults[0]!.unitPricePence; // paid in advance on profile
    const p = p4ClawBackForQuarter({ subContract: sc, quarter: '2026-Q2', profiles: demo.profiles, returns: demo.returns, paidPence: { 'reduced-isolation': paid } });
    expect(p.totalProposalPence).toBeGreaterThan(0);
    expect(p.lines[0]!.workings).toContain('This is a proposal for a person to approve');
  });

  it('consolidates each prime contract’s quarter from every sub-contract', () => {
    const c = p6ConsolidatedReturn({ primeContractId: 'pc-wellbeing', quarter: '2026-Q2', subContracts: demo.subContracts, indicators: demo.indicators, returns: demo.returns });
    expect(c.missing).toEqual([]);
    expect(c.included).toHaveLength(6);
    expect(c.figures.find((f) => f.indicatorId === 'unique-clients')).toMatchObject({ summable: false, value: null });
    const sessions = c.figures.find((f) => f.indicatorId === 'sessions')!;
    expect(sessions.value).toBe(sessions.members.reduce((n, m) => n + m.value!, 0));
  });
});

describe('performanceOf', () => {
  it('gives each template indicator its delivery and RAG, with the early warning', () => {
    const sc = demo.subContracts.find((s) => s.id === 'sc-befriending')!;
    const p = performanceOf({ subContractId: sc.id, quarter: '2026-Q2', template: demo.templates.find((t) => t.id === sc.templateId)!, indicators: demo.indicators, profiles: demo.profiles, returns: demo.returns, settings });
    expect(p.indicators.map((i) => i.indicatorId)).toEqual(demo.templates.find((t) => t.id === sc.templateId)!.indicators.map((t) => t.indicatorId));
    const clients = p.indicators.find((i) => i.indicatorId === 'unique-clients')!;
    expect(clients).toMatchObject({ key: true, quarterly: { rag: 'red' }, yearToDate: { rag: 'red', basis: 'year-to-date-figure' } });
    expect(p.indicators.find((i) => i.indicatorId === 'onward-referrals')!.quarterly).toMatchObject({ target: null, percent: null, rag: null });
    expect(p.earlyWarning.warning).toBe(true);
  });
});
