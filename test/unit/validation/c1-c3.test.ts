import { describe, expect, it } from 'vitest';
import { ReportingTemplate } from '../../../src/core/schemas';
import { c1RequiredIndicators, c2RequiredBreakdowns, c3NilReturn } from '../../../src/core/validation';
import { contact, template } from '../aggregate/fixtures';
import { aReturn, ids, input, someRecords, withFigure } from './helpers';

const complete = aReturn(someRecords());

describe('C1 required indicators', () => {
  it('passes a return with every required figure', () => {
    expect(c1RequiredIndicators(input(complete))).toEqual([]);
  });

  it('treats blank as missing but 0 as a figure', () => {
    const blank = c1RequiredIndicators(input(withFigure(complete, 'new-clients', { value: null })));
    expect(blank).toEqual([
      {
        ruleId: 'C1',
        severity: 'error',
        path: 'figures.new-clients.value',
        message: 'Enter the number of new clients — enter 0 if there were none',
        expected: 'a figure',
        actual: null,
      },
    ]);
    expect(c1RequiredIndicators(input(withFigure(complete, 'new-clients', { value: 0 })))).toEqual([]);
  });

  it('asks for an amount of money and for figures missing altogether', () => {
    const without = { ...complete, figures: complete.figures.filter((f) => f.indicatorId !== 'spend') };
    expect(c1RequiredIndicators(input(without)).map((f) => f.message)).toEqual(['Enter the amount of spend — enter 0 if there were none']);
  });

  it('does not ask for optional indicators or anything on a nil return', () => {
    expect(c1RequiredIndicators(input(withFigure(complete, 'interventions', { value: null })))).toEqual([]);
    expect(c1RequiredIndicators(input({ ...complete, figures: [], nil: { reason: 'Closed for refurbishment' } }))).toEqual([]);
  });
});

describe('C2 required breakdowns', () => {
  it('passes when every category has a figure, zeros included', () => {
    expect(c2RequiredBreakdowns(input(complete))).toEqual([]);
    const zero = aReturn([]);
    expect(c2RequiredBreakdowns(input(zero))).toEqual([]);
  });

  it('reports a wholly blank breakdown once', () => {
    const ret = withFigure(complete, 'unique-clients', { breakdowns: { gender: complete.figures[0]!.breakdowns['gender']! } });
    const findings = c2RequiredBreakdowns(input(ret));
    expect(ids(findings)).toEqual(['C2 figures.unique-clients.breakdowns.age-band']);
    expect(findings[0]?.message).toBe('Enter the unique clients by age band — enter 0 for any with none');
  });

  it('names each blank category of a partly filled breakdown', () => {
    const ret = withFigure(complete, 'new-clients', { breakdowns: { 'age-band': { '18-24': 1, '25-64': 0, '65-plus': null } } });
    const findings = c2RequiredBreakdowns(input(ret));
    expect(ids(findings)).toEqual([
      'C2 figures.new-clients.breakdowns.age-band.65-plus',
      'C2 figures.new-clients.breakdowns.age-band.not-known',
    ]);
    expect(findings[0]?.message).toBe('Enter the number of new clients for “65 and over” (age band) — enter 0 if there were none');
  });

  it('requires an optional indicator’s breakdowns only once it has a figure', () => {
    const t = ReportingTemplate.parse({
      ...template,
      indicators: template.indicators.map((ti) => (ti.indicatorId === 'sessions' ? { ...ti, required: false, requiredBreakdowns: ['age-band'] } : ti)),
    });
    const blank = withFigure(complete, 'sessions', { value: null, breakdowns: {} });
    expect(c2RequiredBreakdowns(input(blank, { template: t }))).toEqual([]);
    const given = withFigure(complete, 'sessions', { value: 3, breakdowns: {} });
    expect(ids(c2RequiredBreakdowns(input(given, { template: t })))).toEqual(['C2 figures.sessions.breakdowns.age-band']);
  });
});

describe('C3 nil return', () => {
  const nil = aReturn([], { figures: [], nil: { reason: 'Venue closed after a flood' } });

  it('accepts a nil return with a reason and no records', () => {
    expect(c3NilReturn(input(nil, { records: [] }))).toEqual([]);
    expect(c3NilReturn(input(complete))).toEqual([]);
  });

  it('asks for the reason', () => {
    const findings = c3NilReturn(input({ ...nil, nil: { reason: '   ' } }));
    expect(findings.map((f) => [f.path, f.message])).toEqual([['nil.reason', 'Enter the reason there was no activity this quarter']]);
  });

  it('is an error while records exist for the quarter', () => {
    const findings = c3NilReturn(input(nil, { records: [contact('BRK-001'), contact('BRK-002')] }));
    expect(findings).toMatchObject([{ ruleId: 'C3', severity: 'error', path: 'nil', actual: 2 }]);
    expect(findings[0]?.message).toBe('There are 2 records for this quarter, so this cannot be a nil return — report the activity instead');
  });

  it('ignores records of other quarters and sub-contracts', () => {
    const records = [contact('BRK-001', { date: '2026-07-01' }), contact('BRK-002', { subContractId: 'sc-other' })];
    expect(c3NilReturn(input(nil, { records }))).toEqual([]);
  });

  it('cannot carry figures above 0', () => {
    const ret = { ...nil, figures: [{ indicatorId: 'unique-clients', value: 4, breakdowns: {}, derived: null, overrideReason: '' }, { indicatorId: 'sessions', value: 0, breakdowns: {}, derived: null, overrideReason: '' }] };
    const findings = c3NilReturn(input(ret));
    expect(ids(findings)).toEqual(['C3 figures.unique-clients.value']);
    expect(findings[0]?.message).toBe('A nil return cannot report unique clients (4) — remove the figure, or make this a return with activity');
  });
});
