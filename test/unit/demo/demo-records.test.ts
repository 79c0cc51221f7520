import { describe, expect, it } from 'vitest';
import { aggregateReturn } from '../../../src/core/aggregate';
import { demoRecords, demoReferenceData } from '../../../src/core/demo';
import { validateReturn } from '../../../src/core/validation';
import { RecordData } from '../../../src/core/schemas';
import { quarterContains } from '../../../src/core/time';

describe('demoRecords', () => {
  const records = demoRecords({ subContractId: 'sc-advice-debt', quarter: '2026-Q1', count: 2_000, seed: 7 });

  it('makes exactly `count` valid records of the sub-contract, dated in the quarter', () => {
    expect(records).toHaveLength(2_000);
    for (const r of records) {
      expect(RecordData.parse(r)).toEqual(r);
      expect(r).toMatchObject({ subContractId: 'sc-advice-debt', memberId: 'm-advice' });
      if (r.type === 'spend') expect(r.quarter).toBe('2026-Q1');
      else expect(quarterContains('2026-Q1', r.date)).toBe(true);
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(['contact', 'outcome', 'volunteer-hours', 'spend']));
  });

  it('is the same for the same seed and different for another', () => {
    expect(demoRecords({ subContractId: 'sc-advice-debt', quarter: '2026-Q1', count: 2_000, seed: 7 })).toEqual(records);
    expect(demoRecords({ subContractId: 'sc-advice-debt', quarter: '2026-Q1', count: 2_000, seed: 8 })).not.toEqual(records);
  });

  it('has repeat clients, each new at most once and only on their first contact', () => {
    const contacts = records.filter((r) => r.type === 'contact');
    const perClient = new Map<string, typeof contacts>();
    for (const c of contacts) perClient.set(c.clientRef, [...(perClient.get(c.clientRef) ?? []), c]);
    expect(perClient.size).toBeLessThan(contacts.length * 0.6);
    expect([...perClient.values()].some((cs) => cs.length >= 5)).toBe(true);
    for (const cs of perClient.values()) {
      const firstDate = cs.reduce((d, c) => (c.date < d ? c.date : d), cs[0]!.date);
      for (const c of cs) if (c.isNew) expect(c.date).toBe(firstDate);
      expect(cs.filter((c) => c.isNew).length).toBeLessThanOrEqual(1);
    }
  });

  it('gives outcomes only to clients with contacts, and no duplicates or over-long volunteer days', () => {
    const contacted = new Set(records.flatMap((r) => (r.type === 'contact' ? [r.clientRef] : [])));
    const contactKeys = new Set<string>();
    const hoursPerDay = new Map<string, number>();
    const hourEntries = new Set<string>();
    for (const r of records) {
      if (r.type === 'outcome') expect(contacted.has(r.clientRef)).toBe(true);
      if (r.type === 'contact') {
        const key = `${r.clientRef}/${r.date}/${r.service}`;
        expect(contactKeys.has(key), key).toBe(false);
        contactKeys.add(key);
      }
      if (r.type === 'volunteer-hours') {
        const key = `${r.volunteerId}/${r.date}/${r.hours}/${r.activity}`;
        expect(hourEntries.has(key), key).toBe(false);
        hourEntries.add(key);
        hoursPerDay.set(`${r.volunteerId}/${r.date}`, (hoursPerDay.get(`${r.volunteerId}/${r.date}`) ?? 0) + r.hours);
      }
    }
    expect(Math.max(...hoursPerDay.values())).toBeLessThanOrEqual(24);
  });

  it('refuses an unknown sub-contract or a bad count', () => {
    expect(() => demoRecords({ subContractId: 'sc-nope', quarter: '2026-Q1', count: 5 })).toThrow(/No demo sub-contract "sc-nope"/);
    expect(() => demoRecords({ subContractId: 'sc-lunch', quarter: '2026-Q1', count: -1 })).toThrow(/count/);
    expect(demoRecords({ subContractId: 'sc-lunch', quarter: '2026-Q1', count: 0 })).toEqual([]);
  });
});

describe('a return aggregated from demo records', () => {
  it('has no accuracy findings, for every demo sub-contract', () => {
    const demo = demoReferenceData();
    for (const sc of demo.subContracts) {
      const template = demo.templates.find((t) => t.id === sc.templateId)!;
      const records = [
        ...demoRecords({ subContractId: sc.id, quarter: '2026-Q1', count: 300, seed: 1 }),
        ...demoRecords({ subContractId: sc.id, quarter: '2026-Q2', count: 300, seed: 2 }),
      ];
      const figures = aggregateReturn({ records, template, indicators: demo.indicators, categorySets: demo.categorySets, subContractId: sc.id, quarter: '2026-Q2' });
      const ret = { id: `r-${sc.id}`, memberId: sc.memberId, subContractId: sc.id, quarter: '2026-Q2', version: 1, state: 'draft', figures, updatedAt: '2026-10-01T10:00:00.000Z', updatedBy: 'p' };
      const settings = demo.primeContracts.find((p) => p.id === sc.primeContractId)!.settings;
      const result = validateReturn(ret, { template, indicators: demo.indicators, categorySets: demo.categorySets, subContract: sc, settings, profiles: demo.profiles, records });
      expect(result.findings.filter((f) => f.ruleId.startsWith('A')), sc.id).toEqual([]);
    }
  });
});
