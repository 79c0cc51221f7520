// Reference data and record builders shared by the aggregation and validation tests.
import {
  CategorySet,
  Indicator,
  type RecordData,
  ReportingTemplate,
  ReturnVersion,
  SubContract,
  ValidationSettings,
} from '../../../src/core/schemas';
import type { ValidationContext } from '../../../src/core/validation';

export const SUB = 'sc-advice';
export const Q = '2026-Q1';

export const ageBand = CategorySet.parse({
  id: 'age-band',
  name: 'Age band',
  categories: [
    { id: '18-24', label: '18 to 24' },
    { id: '25-64', label: '25 to 64' },
    { id: '65-plus', label: '65 and over' },
    { id: 'not-known', label: 'Not known / prefer not to say' },
  ],
});
export const gender = CategorySet.parse({
  id: 'gender',
  name: 'Gender',
  categories: [
    { id: 'woman', label: 'Woman' },
    { id: 'man', label: 'Man' },
    { id: 'not-known', label: 'Not known / prefer not to say' },
  ],
});
export const role = CategorySet.parse({
  id: 'volunteer-role',
  name: 'Volunteer role',
  categories: [
    { id: 'befriender', label: 'Befriender' },
    { id: 'driver', label: 'Driver' },
    { id: 'not-known', label: 'Not known' },
  ],
});
export const categorySets = [ageBand, gender, role];

export const indicators = [
  { id: 'unique-clients', name: 'Unique clients', kind: 'count', source: 'unique-clients', breakdowns: ['age-band', 'gender'], key: true },
  { id: 'new-clients', name: 'New clients', kind: 'count', source: 'new-clients', breakdowns: ['age-band'] },
  { id: 'sessions', name: 'Sessions delivered', kind: 'count', source: 'sessions', breakdowns: ['age-band'] },
  { id: 'interventions', name: 'Interventions', kind: 'count', source: 'interventions' },
  { id: 'reduced-isolation', name: 'Clients reporting reduced isolation', kind: 'count', source: 'outcome', breakdowns: ['age-band'] },
  { id: 'volunteer-hours', name: 'Volunteer hours', kind: 'hours', source: 'volunteer-hours', breakdowns: ['volunteer-role'] },
  { id: 'spend', name: 'Spend', kind: 'money', source: 'spend' },
  { id: 'referrals-out', name: 'Referrals to other services', kind: 'count', source: 'manual' },
].map((i) => Indicator.parse(i));

export const template = ReportingTemplate.parse({
  id: 'tpl-advice',
  name: 'Advice quarterly return',
  indicators: [
    { indicatorId: 'unique-clients', requiredBreakdowns: ['age-band', 'gender'] },
    { indicatorId: 'new-clients', requiredBreakdowns: ['age-band'] },
    { indicatorId: 'sessions' },
    { indicatorId: 'interventions', required: false },
    { indicatorId: 'reduced-isolation' },
    { indicatorId: 'volunteer-hours' },
    { indicatorId: 'spend' },
    { indicatorId: 'referrals-out', required: false },
  ],
  narrative: [
    { id: 'case-study', label: 'Case study', minLength: 40 },
    { id: 'progress', label: 'Progress this quarter' },
    { id: 'other', label: 'Anything else', required: false },
  ],
  financeLines: [
    { id: 'staff', label: 'Staff costs' },
    { id: 'venue', label: 'Venue hire' },
    { id: 'other', label: 'Other costs', required: false },
  ],
});

export const subContract = SubContract.parse({
  id: SUB,
  memberId: 'm-advice',
  primeContractId: 'pc-advice',
  name: 'Advice in Brookfield',
  start: '2025-04-01',
  end: '2028-03-31',
  valuePence: 12_000_000,
  templateId: 'tpl-advice',
  budgetLines: [
    { lineId: 'staff', annualPence: 1_000_000 },
    { lineId: 'venue', annualPence: 200_000 },
  ],
});

export const settings = ValidationSettings.parse({});

let seq = 0;
const base = (over: { subContractId?: string; createdAt?: string } = {}) => ({
  id: `rec-${String(++seq).padStart(6, '0')}`,
  memberId: 'm-advice',
  subContractId: over.subContractId ?? SUB,
  personId: 'p-worker',
  createdAt: over.createdAt ?? '2026-04-01T09:00:00.000Z',
  updatedAt: over.createdAt ?? '2026-04-01T09:00:00.000Z',
  version: 1,
});

type ContactOptions = {
  date?: string;
  isNew?: boolean;
  demographics?: Record<string, string>;
  interventions?: number;
  service?: string;
  subContractId?: string;
  createdAt?: string;
};
export function contact(clientRef: string, o: ContactOptions = {}): RecordData {
  return {
    ...base(o),
    type: 'contact',
    date: o.date ?? '2026-05-01',
    clientRef,
    service: o.service ?? 'Debt advice',
    isNew: o.isNew ?? false,
    demographics: o.demographics ?? {},
    interventions: o.interventions ?? 1,
  };
}

export function outcome(clientRef: string, o: { date?: string; indicatorId?: string } = {}): RecordData {
  return {
    ...base(),
    type: 'outcome',
    date: o.date ?? '2026-05-02',
    clientRef,
    indicatorId: o.indicatorId ?? 'reduced-isolation',
    evidenceNote: 'Said so at review',
  };
}

export function hours(volunteerId: string, h: number, o: { date?: string; roleId?: string; activity?: string } = {}): RecordData {
  return {
    ...base(),
    type: 'volunteer-hours',
    date: o.date ?? '2026-05-03',
    volunteerId,
    roleId: o.roleId ?? 'befriender',
    hours: h,
    activity: o.activity ?? 'Befriending call',
  };
}

export function spend(lineId: string, amountPence: number, quarter = Q): RecordData {
  return { ...base(), type: 'spend', quarter, lineId, amountPence, note: '' };
}

export function figureOf(figures: { indicatorId: string }[], id: string) {
  const f = figures.find((x) => x.indicatorId === id);
  if (f === undefined) throw new Error(`no figure for ${id}`);
  return f as ReturnVersion['figures'][number];
}

/** A validation context for the fixture sub-contract; override any part. */
export function context(over: Partial<ValidationContext> = {}): ValidationContext {
  return { template, indicators, categorySets, subContract, settings, profiles: [], stage: 'seal-check', ...over };
}
