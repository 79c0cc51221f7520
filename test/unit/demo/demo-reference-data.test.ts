import { describe, expect, it } from 'vitest';
import { demoReferenceData, DEMO_HISTORY_QUARTERS, DEMO_PROFILED_QUARTERS } from '../../../src/core/demo';
import { isUniqueClientIndicator, NOT_KNOWN, ReferenceData } from '../../../src/core/schemas';
import { targetFor } from '../../../src/core/profile';
import { yearToDateQuarters } from '../../../src/core/time';
import { dueDateFor } from '../../../src/core/timeliness';

const demo = demoReferenceData();

describe('the demo consortium', () => {
  it('is valid reference data and the same on every call', () => {
    expect(ReferenceData.parse(demo)).toEqual(demo);
    expect(demoReferenceData()).toEqual(demo);
  });

  it('has unique ids in every collection', () => {
    for (const key of ['members', 'primeContracts', 'subContracts', 'categorySets', 'indicators', 'templates', 'profiles', 'volunteerRoles', 'people', 'returns'] as const) {
      const ids = demo[key].map((x) => x.id);
      expect(new Set(ids).size, key).toBe(ids.length);
    }
  });

  it('has about eight members, full and associate, and two prime contracts', () => {
    expect(demo.members).toHaveLength(8);
    expect(new Set(demo.members.map((m) => m.kind))).toEqual(new Set(['full', 'associate']));
    expect(demo.primeContracts.map((p) => p.id)).toEqual(['pc-advice', 'pc-wellbeing']);
  });

  it('gives sub-contracts only to full members, and two to some', () => {
    const kind = new Map(demo.members.map((m) => [m.id, m.kind]));
    const perMember = new Map<string, number>();
    for (const s of demo.subContracts) {
      expect(kind.get(s.memberId), s.id).toBe('full');
      perMember.set(s.memberId, (perMember.get(s.memberId) ?? 0) + 1);
    }
    expect([...perMember.values()].filter((n) => n === 2).length).toBeGreaterThanOrEqual(1);
    expect(demo.members.filter((m) => m.kind === 'full').every((m) => perMember.has(m.id))).toBe(true);
  });

  it('has about a dozen indicators, and every category set says "Not known / prefer not to say"', () => {
    expect(demo.indicators).toHaveLength(12);
    expect(demo.categorySets.map((s) => s.id)).toEqual(['age-band', 'gender', 'ethnicity', 'ward']);
    for (const set of demo.categorySets) {
      expect(set.categories.find((c) => c.id === NOT_KNOWN)?.label).toBe('Not known / prefer not to say');
    }
  });

  it('has a profile in force with a target for every required template indicator, every quarter of both years', () => {
    expect(DEMO_PROFILED_QUARTERS).toHaveLength(8);
    for (const sc of demo.subContracts) {
      const template = demo.templates.find((t) => t.id === sc.templateId)!;
      for (const quarter of DEMO_PROFILED_QUARTERS) {
        for (const ti of template.indicators.filter((i) => i.required)) {
          expect(targetFor(demo.profiles, sc.id, ti.indicatorId, quarter), `${sc.id} ${ti.indicatorId} ${quarter}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('has one re-profile, effective from a 2026/27 quarter, with a reason and who agreed it', () => {
    const later = demo.profiles.filter((p) => p.version > 1);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ subContractId: 'sc-lunch', version: 2, effectiveFrom: '2026-Q3' });
    expect(later[0]!.reason.length).toBeGreaterThan(20);
    expect(later[0]!.agreedBy).toContain('commissioning manager');
    // History is kept: 2026-Q2 keeps the original target; 2026-Q3 takes the new one.
    const original = (quarter: string) => demo.profiles.find((p) => p.id === 'sc-lunch-profile-v1')!.targets.find((t) => t.indicatorId === 'sessions' && t.quarter === quarter)!.target;
    expect(targetFor(demo.profiles, 'sc-lunch', 'sessions', '2026-Q2')).toBe(original('2026-Q2'));
    expect(targetFor(demo.profiles, 'sc-lunch', 'sessions', '2026-Q3')).toBeLessThan(original('2026-Q3'));
  });

  it('names a source and year for every volunteer rate', () => {
    for (const role of demo.volunteerRoles) {
      expect(role.rateSource).toMatch(/ONS ASHE 2025.*fictional/);
      expect(role.rateYear).toBe(2025);
      expect(role.hourlyRatePence).toBeGreaterThan(1_000);
    }
  });

  it('gives each member one manager, two staff and two volunteers with a role', () => {
    for (const m of demo.members) {
      const people = demo.people.filter((p) => p.memberId === m.id);
      expect(people.map((p) => p.role).sort()).toEqual(['manager', 'staff', 'staff', 'volunteer', 'volunteer']);
      expect(people.filter((p) => p.role === 'volunteer').every((p) => p.volunteerRoleId)).toBe(true);
    }
  });
});

describe('the demo history', () => {
  it('has an accepted, sealed return for every sub-contract and quarter of 2025-Q1 … 2026-Q2', () => {
    expect(demo.returns).toHaveLength(demo.subContracts.length * DEMO_HISTORY_QUARTERS.length);
    for (const sc of demo.subContracts) {
      const quarters = demo.returns.filter((r) => r.subContractId === sc.id).map((r) => r.quarter);
      expect(quarters).toEqual(DEMO_HISTORY_QUARTERS);
    }
    for (const r of demo.returns) {
      expect(r.state).toBe('accepted');
      expect(r.seal?.managerId).toBe(`${r.memberId}-manager`);
      expect(r.narrative['case-study']!.length).toBeGreaterThanOrEqual(300);
      expect(r.narrative.progress!.length).toBeGreaterThanOrEqual(150);
    }
  });

  it('has breakdowns that add up and figures that agree with each other', () => {
    for (const r of demo.returns) {
      const v = (id: string) => r.figures.find((f) => f.indicatorId === id)?.value ?? null;
      const where = `${r.subContractId} ${r.quarter}`;
      for (const f of r.figures) {
        for (const [set, cats] of Object.entries(f.breakdowns)) {
          const sum = Object.values(cats).reduce<number>((a, b) => a + (b ?? 0), 0);
          expect(sum, `${where} ${f.indicatorId} by ${set}`).toBe(f.value);
        }
      }
      const unique = v('unique-clients')!;
      expect(v('new-clients')!).toBeLessThanOrEqual(unique);
      expect(v('sessions')!).toBeGreaterThanOrEqual(unique);
      expect(v('interventions')!).toBeGreaterThanOrEqual(v('sessions')!);
      for (const id of ['reduced-isolation', 'improved-wellbeing', 'debt-managed', 'carers-assessments']) {
        if (v(id) !== null) expect(v(id)!, `${where} ${id}`).toBeLessThanOrEqual(unique);
      }
      const finance = Object.values(r.finance).reduce<number>((a, b) => a + (b ?? 0), 0);
      expect(finance, where).toBe(v('spend'));
      expect(Number.isInteger(v('volunteer-hours')! * 4)).toBe(true);
    }
  });

  it('gives unique-client figures a year to date between the largest quarter and the sum of quarters', () => {
    const byId = new Map(demo.indicators.map((i) => [i.id, i]));
    for (const r of demo.returns) {
      const earlier = demo.returns.filter((x) => x.subContractId === r.subContractId && yearToDateQuarters(r.quarter).includes(x.quarter));
      for (const f of r.figures) {
        if (!isUniqueClientIndicator(byId.get(f.indicatorId)!)) {
          expect(f.yearToDate ?? null).toBeNull();
          continue;
        }
        const quarters = earlier.map((x) => x.figures.find((g) => g.indicatorId === f.indicatorId)!.value!);
        expect(f.yearToDate).toBeGreaterThanOrEqual(Math.max(...quarters));
        expect(f.yearToDate).toBeLessThanOrEqual(quarters.reduce((a, b) => a + b, 0));
      }
    }
  });
});

describe('the demo timeliness', () => {
  it('has every return received by its due date but one (befriending, 2026-Q1)', () => {
    const late = demo.returns.filter((r) => {
      const sc = demo.subContracts.find((s) => s.id === r.subContractId)!;
      const policy = demo.primeContracts.find((p) => p.id === sc.primeContractId)!.deadlinePolicy;
      return r.receivedAt! > dueDateFor(r.quarter, policy).dueAt;
    });
    expect(late.map((r) => r.id)).toEqual(['ret-sc-befriending-2026-Q1']);
  });
});
