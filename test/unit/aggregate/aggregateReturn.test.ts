import { describe, expect, it } from 'vitest';
import { aggregateReturn, aggregateYearToDate } from '../../../src/core/aggregate';
import type { RecordData } from '../../../src/core/schemas';
import { Q, SUB, categorySets, contact, figureOf, hours, indicators, outcome, spend, template } from './fixtures';

const run = (records: RecordData[], quarter = Q) =>
  aggregateReturn({ records, template, indicators, categorySets, subContractId: SUB, quarter });

describe('aggregateReturn', () => {
  it('counts each client once, new clients, sessions and interventions', () => {
    const figures = run([
      contact('BRK-001', { isNew: true, interventions: 2 }),
      contact('BRK-001', { date: '2026-06-01', interventions: 3 }),
      contact('BRK-002'),
    ]);
    expect(figureOf(figures, 'unique-clients')).toMatchObject({ value: 2, derived: 2, overrideReason: '' });
    expect(figureOf(figures, 'new-clients').value).toBe(1);
    expect(figureOf(figures, 'sessions').value).toBe(3);
    expect(figureOf(figures, 'interventions').value).toBe(6);
  });

  it('takes only the sub-contract’s records dated inside the quarter (ends inclusive)', () => {
    const figures = run([
      contact('BRK-001', { date: '2026-04-01' }),
      contact('BRK-002', { date: '2026-06-30' }),
      contact('BRK-003', { date: '2026-03-31' }),
      contact('BRK-004', { date: '2026-07-01' }),
      contact('BRK-005', { subContractId: 'sc-other' }),
    ]);
    expect(figureOf(figures, 'unique-clients').value).toBe(2);
  });

  it('puts each client in the category from their latest contact that gives one, else not known', () => {
    const figures = run([
      contact('BRK-001', { date: '2026-04-10', demographics: { 'age-band': '18-24', gender: 'woman' } }),
      contact('BRK-001', { date: '2026-05-10', demographics: { 'age-band': '25-64' } }),
      contact('BRK-001', { date: '2026-06-10' }), // latest, but gives no age band
      contact('BRK-002', { date: '2026-05-01', demographics: { 'age-band': 'no-such-band' } }),
      contact('BRK-003', { date: '2026-05-01', demographics: { 'age-band': '65-plus' } }),
      contact('BRK-003', { date: '2026-06-01', demographics: { 'age-band': 'not-known' } }), // prefer not to say, later
    ]);
    const unique = figureOf(figures, 'unique-clients');
    expect(unique.breakdowns['age-band']).toEqual({ '18-24': 0, '25-64': 1, '65-plus': 0, 'not-known': 2 });
    expect(unique.breakdowns['gender']).toEqual({ woman: 1, man: 0, 'not-known': 2 });
  });

  it('breaks ties on the same day by the later-created record, whatever the order', () => {
    const early = contact('BRK-001', { demographics: { 'age-band': '18-24' }, createdAt: '2026-05-01T09:00:00.000Z' });
    const late = contact('BRK-001', { demographics: { 'age-band': '25-64' }, createdAt: '2026-05-01T10:00:00.000Z' });
    for (const records of [[early, late], [late, early]]) {
      expect(figureOf(run(records), 'unique-clients').breakdowns['age-band']?.['25-64']).toBe(1);
    }
  });

  it('breaks sessions and interventions down by each contact’s own demographics', () => {
    const figures = run([
      contact('BRK-001', { date: '2026-04-10', demographics: { 'age-band': '18-24' }, interventions: 2 }),
      contact('BRK-001', { date: '2026-05-10', demographics: { 'age-band': '25-64' }, interventions: 1 }),
      contact('BRK-002', { interventions: 4 }),
    ]);
    expect(figureOf(figures, 'sessions').breakdowns['age-band']).toEqual({ '18-24': 1, '25-64': 1, '65-plus': 0, 'not-known': 1 });
  });

  it('counts outcome clients once each, in their contact category, and as clients supported', () => {
    const figures = run([
      contact('BRK-001', { demographics: { 'age-band': '65-plus' } }),
      outcome('BRK-001'),
      outcome('BRK-001', { date: '2026-06-01' }),
      outcome('BRK-009'), // no contact this quarter: a follow-up still counts as support
      outcome('BRK-010', { indicatorId: 'another-outcome' }),
    ]);
    const iso = figureOf(figures, 'reduced-isolation');
    expect(iso.value).toBe(2);
    expect(iso.breakdowns['age-band']).toEqual({ '18-24': 0, '25-64': 0, '65-plus': 1, 'not-known': 1 });
    expect(figureOf(figures, 'unique-clients').value).toBe(3);
  });

  it('sums volunteer hours by role and spend lines of the quarter', () => {
    const figures = run([
      hours('vol-1', 2.5),
      hours('vol-2', 1.25, { roleId: 'driver' }),
      hours('vol-2', 1, { roleId: 'cook' }),
      spend('staff', 120_000),
      spend('venue', 30_050),
      spend('staff', 99_999, '2026-Q2'),
    ]);
    const hrs = figureOf(figures, 'volunteer-hours');
    expect(hrs.value).toBe(4.75);
    expect(hrs.breakdowns['volunteer-role']).toEqual({ befriender: 2.5, driver: 1.25, 'not-known': 1 });
    expect(figureOf(figures, 'spend').value).toBe(150_050);
  });

  it('gives manual indicators blanks and every record indicator 0 with no records', () => {
    const figures = run([]);
    expect(figureOf(figures, 'referrals-out')).toEqual({
      indicatorId: 'referrals-out',
      value: null,
      breakdowns: {},
      derived: null,
      overrideReason: '',
      yearToDate: null,
    });
    const unique = figureOf(figures, 'unique-clients');
    expect(unique).toMatchObject({ value: 0, derived: 0 });
    expect(unique.breakdowns['gender']).toEqual({ woman: 0, man: 0, 'not-known': 0 });
    expect(figures.map((f) => f.indicatorId)).toEqual(template.indicators.map((t) => t.indicatorId));
  });

  it('gives figures objects of their own, so editing one breakdown changes no other', () => {
    const figures = run([contact('BRK-001', { isNew: true })]);
    figureOf(figures, 'unique-clients').breakdowns['age-band']!['not-known'] = 99;
    expect(figureOf(figures, 'new-clients').breakdowns['age-band']?.['not-known']).toBe(1);
  });
});

describe('aggregateYearToDate', () => {
  const records = [
    contact('BRK-001', { date: '2026-04-10', isNew: true }),
    contact('BRK-001', { date: '2026-08-10' }),
    contact('BRK-002', { date: '2026-08-11', isNew: true }),
    contact('BRK-003', { date: '2026-03-31' }), // the year before
    contact('BRK-004', { date: '2026-10-01' }), // after Q2
    spend('staff', 100, '2026-Q1'),
    spend('staff', 200, '2026-Q2'),
    spend('staff', 400, '2026-Q3'),
  ];
  const ytd = aggregateYearToDate({ records, template, indicators, categorySets, subContractId: SUB, quarter: '2026-Q2' });

  it('counts clients distinct across the year, not a sum of quarters', () => {
    expect(figureOf(ytd, 'unique-clients').value).toBe(2);
    expect(figureOf(run(records, '2026-Q1'), 'unique-clients').value).toBe(1);
    expect(figureOf(run(records, '2026-Q2'), 'unique-clients').value).toBe(2);
    expect(figureOf(ytd, 'new-clients').value).toBe(2);
    expect(figureOf(ytd, 'sessions').value).toBe(3);
  });

  it('gives each quarter’s unique-client figures their year to date, and no other figure', () => {
    const q2 = run(records, '2026-Q2');
    const ytdOf = (id: string) => (figureOf(q2, id) as { yearToDate?: number | null }).yearToDate;
    expect(ytdOf('unique-clients')).toBe(2);
    expect(ytdOf('new-clients')).toBe(2);
    expect(ytdOf('reduced-isolation')).toBe(0);
    expect(ytdOf('sessions')).toBeNull();
    expect(ytdOf('spend')).toBeNull();
  });

  it('sums spend over the quarters so far', () => {
    expect(figureOf(ytd, 'spend').value).toBe(300);
  });
});
