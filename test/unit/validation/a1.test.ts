import { describe, expect, it } from 'vitest';
import { Indicator, SubContract } from '../../../src/core/schemas';
import { a1TypesAndRanges, checkRecordRanges, figureProblem, validateReturn } from '../../../src/core/validation';
import { Q, context, contact, hours, indicators, subContract } from '../aggregate/fixtures';
import { aReturn, ids, input, someRecords, withFigure } from './helpers';

const complete = aReturn(someRecords());

describe('figureProblem', () => {
  it('wants counts as non-negative whole numbers', () => {
    expect(figureProblem('count', 0)).toBeNull();
    expect(figureProblem('count', 12)).toBeNull();
    expect(figureProblem('count', 2.5)).toBe('must be a whole number, like 12');
    expect(figureProblem('count', -1)).toBe('cannot be negative — enter 0 or more');
  });

  it('wants hours in quarter-hour steps, not negative', () => {
    expect(figureProblem('hours', 1.25)).toBeNull();
    expect(figureProblem('hours', 0)).toBeNull();
    expect(figureProblem('hours', 1.1)).toBe('must be in quarter-hour steps, like 1.25 or 2.5');
    expect(figureProblem('hours', -0.25)).toBe('cannot be negative — enter 0 or more');
  });

  it('wants money in whole pence, not negative', () => {
    expect(figureProblem('money', 1250)).toBeNull();
    expect(figureProblem('money', 12.5)).toBe('must be in whole pence (pounds and pence, like 12.50)');
    expect(figureProblem('money', -100)).toBe('cannot be negative — enter 0 or more');
  });
});

describe('A1 types and ranges on the return', () => {
  it('passes a well-formed return', () => {
    expect(a1TypesAndRanges(input(complete))).toEqual([]);
  });

  it('checks each figure and each breakdown category by its indicator’s kind', () => {
    let ret = withFigure(complete, 'sessions', { value: 2.5 });
    ret = withFigure(ret, 'volunteer-hours', { value: 2.6, breakdowns: { 'volunteer-role': { befriender: 2.6, driver: 0, 'not-known': -1 } } });
    ret = withFigure(ret, 'spend', { value: 100.5 });
    const findings = a1TypesAndRanges(input(ret));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['figures.sessions.value', 'Sessions delivered must be a whole number, like 12'],
      ['figures.volunteer-hours.value', 'Volunteer hours must be in quarter-hour steps, like 1.25 or 2.5'],
      ['figures.volunteer-hours.breakdowns.volunteer-role.befriender', 'Volunteer hours for “Befriender” (volunteer role) must be in quarter-hour steps, like 1.25 or 2.5'],
      ['figures.volunteer-hours.breakdowns.volunteer-role.not-known', 'Volunteer hours for “Not known” (volunteer role) cannot be negative — enter 0 or more'],
      ['figures.spend.value', 'Spend must be in whole pence (pounds and pence, like 12.50)'],
    ]);
    expect(findings.every((f) => f.ruleId === 'A1' && f.severity === 'error')).toBe(true);
  });

  it('reports breakdowns and categories the indicator does not have', () => {
    const ret = withFigure(complete, 'sessions', {
      breakdowns: { ...complete.figures.find((f) => f.indicatorId === 'sessions')!.breakdowns, gender: { woman: 1 } },
    });
    const withBadCategory = withFigure(ret, 'new-clients', { breakdowns: { 'age-band': { '18-24': 1, '25-64': 0, '65-plus': 0, 'not-known': 0, '16-17': 0 } } });
    expect(a1TypesAndRanges(input(withBadCategory)).map((f) => [f.path, f.message])).toEqual([
      ['figures.new-clients.breakdowns.age-band.16-17', '“16-17” is not a category of age band — remove it'],
      ['figures.sessions.breakdowns.gender', 'Sessions delivered is not broken down by “gender” — remove that breakdown'],
    ]);
  });

  it('reports figures for unknown indicators, indicators outside the template and figures given twice', () => {
    const extra = Indicator.parse({ id: 'food-parcels', name: 'Food parcels', kind: 'count', source: 'manual' });
    const figure = (indicatorId: string) => ({ indicatorId, value: 1, breakdowns: {}, derived: null, overrideReason: '' });
    const ret = { ...complete, figures: [...complete.figures, figure('nonsense'), figure('food-parcels'), figure('sessions')] };
    const findings = a1TypesAndRanges(input(ret, { indicators: [...indicators, extra] }));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['figures.nonsense', '“nonsense” is not an indicator this consortium uses — remove it'],
      ['figures.food-parcels', '“Food parcels” is not part of this return — remove it'],
      ['figures.sessions', 'There is more than one figure for “sessions” — keep only one'],
    ]);
  });

  it('reports narrative and finance lines the template does not have, and the wrong sub-contract', () => {
    const ret = { ...complete, subContractId: 'sc-health', narrative: { ...complete.narrative, poem: 'x' }, finance: { ...complete.finance, yacht: 1 } };
    expect(ids(a1TypesAndRanges(input(ret)))).toEqual(['A1 subContractId', 'A1 narrative.poem', 'A1 finance.yacht']);
  });
});

describe('A1 on records', () => {
  it('allows 24 hours per volunteer per day across entries, not 24.25', () => {
    const ok = [hours('vol-1', 12, { activity: 'Driving' }), hours('vol-1', 12, { activity: 'Befriending' })];
    expect(checkRecordRanges(ok, subContract, Q)).toEqual([]);
    const over = [hours('vol-1', 12, { activity: 'Driving' }), hours('vol-1', 12.25, { activity: 'Befriending' })];
    const findings = checkRecordRanges(over, subContract, Q);
    expect(findings).toMatchObject([{ ruleId: 'A1', severity: 'error', path: `records.${over[1]!.id}.hours`, expected: 24, actual: 24.25 }]);
    expect(findings[0]?.message).toBe('Volunteer vol-1 has 24.25 hours on Sun 3 May 2026 across 2 entries — a day has at most 24; correct the hours');
  });

  it('counts days and volunteers apart', () => {
    const records = [hours('vol-1', 20), hours('vol-2', 20), hours('vol-1', 20, { date: '2026-05-04' })];
    expect(checkRecordRanges(records, subContract, Q)).toEqual([]);
  });

  it('reports records in the quarter dated outside the sub-contract', () => {
    const late = SubContract.parse({ ...subContract, start: '2026-05-01' });
    const records = [contact('BRK-001', { date: '2026-04-30' }), contact('BRK-002', { date: '2026-05-01' }), contact('BRK-003', { date: '2026-03-01' })];
    const findings = checkRecordRanges(records, late, Q);
    expect(ids(findings)).toEqual([`A1 records.${records[0]!.id}.date`]);
    expect(findings[0]?.message).toBe('This contact is dated Thu 30 Apr 2026, outside the sub-contract (Fri 1 May 2026 to Fri 31 Mar 2028) — correct the date');
  });

  it('reaches validateReturn when records are given', () => {
    const records = [...someRecords(), hours('vol-1', 22)];
    const result = validateReturn(aReturn(records), context({ records }));
    expect(ids(result.findings)).toEqual([`A1 records.${records[6]!.id}.hours`]);
    expect(result.canSeal).toBe(false);
  });
});
