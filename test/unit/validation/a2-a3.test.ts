import { describe, expect, it } from 'vitest';
import { a2BreakdownSums, a3LogicalRelations } from '../../../src/core/validation';
import { contact } from '../aggregate/fixtures';
import { aReturn, ids, input, someRecords, withFigure } from './helpers';

const complete = aReturn(someRecords());

describe('A2 breakdown sums', () => {
  it('passes breakdowns that add up to their figure', () => {
    expect(a2BreakdownSums(input(complete))).toEqual([]);
  });

  it('says what the categories add up to and what to do', () => {
    const ret = withFigure(complete, 'unique-clients', {
      value: 42,
      breakdowns: { 'age-band': { '18-24': 20, '25-64': 20, '65-plus': 1, 'not-known': 0 }, gender: { woman: 40, man: 2, 'not-known': 0 } },
    });
    expect(a2BreakdownSums(input(ret))).toEqual([
      {
        ruleId: 'A2',
        severity: 'error',
        path: 'figures.unique-clients.breakdowns.age-band',
        message: 'The age band figures add up to 41 but unique clients is 42 — make them add up',
        expected: 42,
        actual: 41,
      },
    ]);
  });

  it('adds hours in quarter-hour steps exactly', () => {
    const ret = withFigure(complete, 'volunteer-hours', { value: 3.75, breakdowns: { 'volunteer-role': { befriender: 1.25, driver: 2.25, 'not-known': 0.25 } } });
    expect(a2BreakdownSums(input(ret))).toEqual([]);
    const off = withFigure(ret, 'volunteer-hours', { value: 4 });
    expect(a2BreakdownSums(input(off))[0]?.message).toBe('The volunteer role figures add up to 3.75 hours but volunteer hours is 4 hours — make them add up');
  });

  it('leaves blank and partly blank required breakdowns to C2', () => {
    const partly = withFigure(complete, 'new-clients', { breakdowns: { 'age-band': { '18-24': 5 } } });
    expect(a2BreakdownSums(input(partly))).toEqual([]);
    expect(a2BreakdownSums(input(withFigure(complete, 'new-clients', { breakdowns: {} })))).toEqual([]);
  });

  it('asks for every category of a partly filled optional breakdown', () => {
    const ret = withFigure(complete, 'sessions', { breakdowns: { 'age-band': { '18-24': 2, '25-64': null } } });
    const findings = a2BreakdownSums(input(ret));
    expect(ids(findings)).toEqual(['A2 figures.sessions.breakdowns.age-band']);
    expect(findings[0]?.message).toBe('Enter sessions delivered for every age band category (0 where there were none), or leave them all blank');
  });

  it('skips a blank figure', () => {
    expect(a2BreakdownSums(input(withFigure(complete, 'unique-clients', { value: null })))).toEqual([]);
  });
});

describe('A3 logical relations', () => {
  it('passes consistent figures', () => {
    expect(a3LogicalRelations(input(complete, { records: someRecords() }))).toEqual([]);
  });

  it('allows new clients equal to unique clients but not more', () => {
    const unique = complete.figures.find((f) => f.indicatorId === 'unique-clients')!.value!;
    expect(a3LogicalRelations(input(withFigure(complete, 'new-clients', { value: unique })))).toEqual([]);
    const findings = a3LogicalRelations(input(withFigure(complete, 'new-clients', { value: unique + 1 })));
    expect(findings).toEqual([
      {
        ruleId: 'A3',
        severity: 'error',
        path: 'figures.new-clients.value',
        message: 'New clients (3) cannot be more than unique clients (2) — every new client is one of the unique clients; check both figures',
        expected: { atMost: 2 },
        actual: 3,
      },
    ]);
  });

  it('does not allow more clients achieving an outcome than unique clients', () => {
    expect(ids(a3LogicalRelations(input(withFigure(complete, 'reduced-isolation', { value: 5 }))))).toEqual(['A3 figures.reduced-isolation.value']);
  });

  it('checks sessions against clients with a session when the records are known', () => {
    const records = [contact('BRK-001'), contact('BRK-002'), contact('BRK-003')];
    const ret = withFigure(aReturn(records), 'sessions', { value: 2 });
    const findings = a3LogicalRelations(input(ret, { records }));
    expect(findings.map((f) => f.message)).toEqual([
      'Sessions delivered is 2 but 3 clients had a session — each had at least one; check the figure',
    ]);
    expect(a3LogicalRelations(input(withFigure(ret, 'sessions', { value: 3 }), { records }))).toEqual([]);
    expect(a3LogicalRelations(input(ret))).toEqual([]); // without records, not known
  });

  it('needs at least one intervention per session', () => {
    const ret = withFigure(withFigure(complete, 'sessions', { value: 5 }), 'interventions', { value: 4 });
    expect(a3LogicalRelations(input(ret)).map((f) => f.message)).toEqual([
      'Interventions (4) cannot be fewer than sessions delivered (5) — every session has at least one intervention',
    ]);
  });

  describe('spend against the annual budget (year to date)', () => {
    const q1 = aReturn([], { id: 'ret-q1', quarter: '2026-Q1', finance: { staff: 600_000, venue: 0 } });
    const q2 = (staff: number) => aReturn([], { id: 'ret-q2', quarter: '2026-Q2', finance: { staff, venue: 0 } });

    it('allows spend up to exactly the annual budget', () => {
      expect(a3LogicalRelations(input(q2(400_000), { previousReturns: [q1] }))).toEqual([]);
    });

    it('warns when the year so far goes over', () => {
      const findings = a3LogicalRelations(input(q2(400_001), { previousReturns: [q1] }));
      expect(findings).toEqual([
        {
          ruleId: 'A3',
          severity: 'warning',
          path: 'finance.staff',
          message: 'Spend on staff costs so far this year is £10,000.01, over its annual budget of £10,000.00 — explain the overspend',
          expected: { atMost: 1_000_000 },
          actual: 1_000_001,
        },
      ]);
    });

    it('counts only this financial year and the newest version of each quarter', () => {
      const lastYear = aReturn([], { id: 'ret-last', quarter: '2025-Q4', finance: { staff: 900_000 } });
      const q1Revised = { ...q1, version: 2, finance: { staff: 100_000 } };
      expect(a3LogicalRelations(input(q2(800_000), { previousReturns: [lastYear, q1, q1Revised] }))).toEqual([]);
    });
  });
});
