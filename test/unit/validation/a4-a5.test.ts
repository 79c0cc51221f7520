import { describe, expect, it } from 'vitest';
import { a1TypesAndRanges, a4AgreementWithRecords, a5YearToDate, prepareRecordsAggregate, validateReturn } from '../../../src/core/validation';
import { categorySets, context, contact, indicators, subContract, template } from '../aggregate/fixtures';
import { aReturn, ids, input, someRecords, withFigure } from './helpers';

const records = someRecords();
const complete = aReturn(records);

describe('A4 agreement with records', () => {
  it('passes figures equal to what the records give', () => {
    expect(a4AgreementWithRecords(input(complete))).toEqual([]);
    expect(a4AgreementWithRecords(input(complete, { records }))).toEqual([]);
  });

  it('is an error when a derived figure was changed without a reason', () => {
    const findings = a4AgreementWithRecords(input(withFigure(complete, 'sessions', { value: 5 })));
    expect(findings).toEqual([
      {
        ruleId: 'A4',
        severity: 'error',
        path: 'figures.sessions.value',
        message: 'Sessions delivered is 5 but the records give 3 — enter 3, or give a reason for the change',
        expected: 3,
        actual: 5,
      },
    ]);
  });

  it('is an info, never blocking, when a reason is given', () => {
    const ret = withFigure(complete, 'sessions', {
      value: 4,
      breakdowns: { 'age-band': { '18-24': 2, '25-64': 0, '65-plus': 1, 'not-known': 1 } },
      overrideReason: 'A group session was recorded on paper',
    });
    const findings = a4AgreementWithRecords(input(ret));
    expect(findings).toMatchObject([{ ruleId: 'A4', severity: 'info', path: 'figures.sessions.value' }]);
    expect(findings[0]?.message).toBe('Sessions delivered was changed from 3 (the records) to 4. Reason given: A group session was recorded on paper');
    const result = validateReturn(ret, context());
    expect(result.findings.map((f) => f.severity)).toEqual(['info']);
    expect(result.canSeal).toBe(true);
  });

  it('at the hub recomputes from the records rather than trusting `derived`', () => {
    const tampered = withFigure(complete, 'unique-clients', { value: 9, derived: 9 });
    expect(a4AgreementWithRecords(input(tampered))).toEqual([]); // on its own word it agrees
    const findings = a4AgreementWithRecords(input(tampered, { records }));
    expect(findings[0]).toMatchObject({ ruleId: 'A4', severity: 'error', path: 'figures.unique-clients.value', expected: 2, actual: 9 });
  });

  it('compares breakdowns category by category when the records are given', () => {
    const ret = withFigure(complete, 'unique-clients', {
      breakdowns: { ...complete.figures[0]!.breakdowns, 'age-band': { '18-24': 0, '25-64': 1, '65-plus': 1, 'not-known': 0 } },
    });
    const findings = a4AgreementWithRecords(input(ret, { records }));
    expect(ids(findings)).toEqual(['A4 figures.unique-clients.breakdowns.age-band.18-24', 'A4 figures.unique-clients.breakdowns.age-band.25-64']);
    expect(findings[0]?.message).toBe('Unique clients for “18 to 24” (age band) is 0 but the records give 1 — enter 1, or give a reason for the change');
  });

  it('ignores figures typed by hand (no `derived`), blank figures and manual indicators', () => {
    expect(a4AgreementWithRecords(input(withFigure(complete, 'sessions', { value: 50, derived: null }), { records }))).toEqual([]);
    expect(a4AgreementWithRecords(input(withFigure(complete, 'sessions', { value: null }), { records }))).toEqual([]);
    expect(a4AgreementWithRecords(input(withFigure(complete, 'referrals-out', { value: 3, derived: 1 }), { records }))).toEqual([]);
  });

  it('uses a records aggregate made once, and sets aside one made for another quarter', () => {
    const aggregate = prepareRecordsAggregate(records, { template, indicators, categorySets, subContract, quarter: '2026-Q1' });
    const ret = withFigure(complete, 'sessions', { value: 4, derived: 4 });
    expect(a4AgreementWithRecords(input(ret, { recordsAggregate: aggregate }))[0]).toMatchObject({ expected: 3 });
    const other = prepareRecordsAggregate(records, { template, indicators, categorySets, subContract, quarter: '2026-Q2' });
    expect(a4AgreementWithRecords(input(ret, { recordsAggregate: other }))).toEqual([]);
  });
});

describe('A5 year to date', () => {
  // Q1: clients A, B. Q2: clients B, C. Distinct so far this year: 3.
  const yearRecords = [
    contact('BRK-00A', { date: '2026-04-10' }),
    contact('BRK-00B', { date: '2026-05-10' }),
    contact('BRK-00B', { date: '2026-07-10' }),
    contact('BRK-00C', { date: '2026-08-10' }),
  ];
  const q1 = aReturn(yearRecords, { id: 'ret-q1', quarter: '2026-Q1' });
  const q2 = aReturn(yearRecords, { id: 'ret-q2', quarter: '2026-Q2' });
  const a5 = (ret = q2, previousReturns = [q1]) =>
    a5YearToDate(input(ret, { records: yearRecords, previousReturns })).filter((f) => f.path === 'figures.unique-clients.value');

  it('passes when the year so far lies between the largest quarter and their sum', () => {
    expect(a5()).toEqual([]);
  });

  it('warns when a quarter reports more clients than the year so far', () => {
    const findings = a5(q2, [withFigure(q1, 'unique-clients', { value: 4 })]);
    expect(findings).toMatchObject([{ ruleId: 'A5', severity: 'warning', expected: { atLeast: 4 }, actual: 3 }]);
    expect(findings[0]?.message).toBe(
      'Unique clients so far this year is 3 (from the records), fewer than the 4 reported for Q1 2026/27 (Apr–Jun 2026) — a year-to-date count cannot be less than any quarter’s; check the quarter figures, or explain',
    );
  });

  it('warns when the year so far is more than the quarters add up to', () => {
    const findings = a5(q2, [withFigure(q1, 'unique-clients', { value: 0 })]);
    expect(findings).toMatchObject([{ ruleId: 'A5', severity: 'warning', expected: { atMost: 2 }, actual: 3 }]);
    expect(findings[0]?.message).toBe('Unique clients so far this year is 3 (from the records), more than the quarters add up to (2) — check the quarter figures, or explain');
  });

  it('checks the sum only when every quarter so far has a figure', () => {
    expect(a5(q2, [])).toEqual([]);
  });

  it('uses the return’s own year to date when there are no records', () => {
    const findings = a5YearToDate(input(q2, { previousReturns: [withFigure(q1, 'unique-clients', { value: 4 })] })).filter(
      (f) => f.path.startsWith('figures.unique-clients'),
    );
    expect(findings).toMatchObject([{ ruleId: 'A5', severity: 'warning', path: 'figures.unique-clients.yearToDate', actual: 3 }]);
    expect(findings[0]?.message).toContain('Unique clients so far this year is 3, fewer than the 4 reported for Q1 2026/27');
    expect(a5YearToDate(input(withFigure(q2, 'unique-clients', { yearToDate: null }), { previousReturns: [withFigure(q1, 'unique-clients', { value: 4 })] }))).toEqual(
      a5YearToDate(input(withFigure(q2, 'unique-clients', { yearToDate: null }), { previousReturns: [] })),
    );
  });

  it('warns when the year to date falls below the previous quarter’s', () => {
    // Q1 said 3 so far this year; Q2 says 2 (and is within its own quarters' bounds only if Q1 is blank).
    const q1Blank = withFigure(q1, 'unique-clients', { value: null, yearToDate: 3 });
    const q2Low = withFigure(q2, 'unique-clients', { yearToDate: 2 });
    const findings = a5YearToDate(input(q2Low, { previousReturns: [q1Blank] })).filter((f) => f.path.startsWith('figures.unique-clients'));
    expect(findings).toMatchObject([{ path: 'figures.unique-clients.yearToDate', expected: { atLeast: 3 }, actual: 2 }]);
    expect(findings[0]?.message).toBe(
      'Unique clients so far this year is 2, fewer than the 3 reported so far at Q1 2026/27 (Apr–Jun 2026) — a year-to-date count can only grow; check it, or explain',
    );
  });
});

describe('year to date on the figures', () => {
  const yearRecords = [contact('BRK-00A', { date: '2026-04-10' }), contact('BRK-00B', { date: '2026-07-10' })];
  const q2 = aReturn(yearRecords, { quarter: '2026-Q2' });

  it('is given by aggregation for unique-client indicators and agrees with the records', () => {
    expect(q2.figures.find((f) => f.indicatorId === 'unique-clients')).toMatchObject({ value: 1, yearToDate: 2 });
    expect(a4AgreementWithRecords(input(q2, { records: yearRecords }))).toEqual([]);
  });

  it('A4: must equal the records’ year to date unless a reason is given', () => {
    const changed = withFigure(q2, 'unique-clients', { yearToDate: 5 });
    const findings = a4AgreementWithRecords(input(changed, { records: yearRecords }));
    expect(findings).toMatchObject([{ ruleId: 'A4', severity: 'error', path: 'figures.unique-clients.yearToDate', expected: 2, actual: 5 }]);
    expect(findings[0]?.message).toBe('Unique clients so far this year is 5 but the records give 2 — enter 2, or give a reason for the change');
    const withReason = withFigure(changed, 'unique-clients', { overrideReason: 'Paper records from April' });
    expect(a4AgreementWithRecords(input(withReason, { records: yearRecords }))).toMatchObject([{ severity: 'info', path: 'figures.unique-clients.yearToDate' }]);
  });

  it('A1: a whole number, and only on unique-client indicators', () => {
    const bad = withFigure(withFigure(q2, 'unique-clients', { yearToDate: 2.5 }), 'sessions', { yearToDate: 4 });
    expect(a1TypesAndRanges(input(bad)).map((f) => [f.path, f.message])).toEqual([
      ['figures.unique-clients.yearToDate', 'Unique clients so far this year must be a whole number, like 12'],
      ['figures.sessions.yearToDate', 'Sessions delivered adds up over the quarters, so it has no year-to-date figure of its own — remove it'],
    ]);
  });
});
