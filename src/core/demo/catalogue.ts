import { NOT_KNOWN } from '../schemas/indicators';
import type { z } from 'zod';
import type { CategorySet, Indicator, ReportingTemplate } from '../schemas';

const NOT_KNOWN_LABEL = 'Not known / prefer not to say';

/** A category with the share of clients it usually has in the demo, to split totals plausibly. */
type WeightedCategory = { id: string; label: string; weight: number };

function categorySet(id: string, name: string, categories: WeightedCategory[]) {
  return { id, name, categories: [...categories, { id: NOT_KNOWN, label: NOT_KNOWN_LABEL, weight: 0.04 }] };
}

// Fictional wards of a fictional borough; the ethnic groups are the five ONS high-level groups.
const DEMO_CATEGORY_SETS = [
  categorySet('age-band', 'Age band', [
    { id: 'under-18', label: 'Under 18', weight: 0.08 },
    { id: '18-24', label: '18 to 24', weight: 0.1 },
    { id: '25-49', label: '25 to 49', weight: 0.34 },
    { id: '50-64', label: '50 to 64', weight: 0.24 },
    { id: '65-plus', label: '65 and over', weight: 0.2 },
  ]),
  categorySet('gender', 'Gender', [
    { id: 'woman', label: 'Woman', weight: 0.55 },
    { id: 'man', label: 'Man', weight: 0.4 },
    { id: 'in-another-way', label: 'In another way', weight: 0.02 },
  ]),
  categorySet('ethnicity', 'Ethnic group', [
    { id: 'asian', label: 'Asian or Asian British', weight: 0.14 },
    { id: 'black', label: 'Black, Black British, Caribbean or African', weight: 0.1 },
    { id: 'mixed', label: 'Mixed or multiple ethnic groups', weight: 0.04 },
    { id: 'white', label: 'White', weight: 0.66 },
    { id: 'other', label: 'Other ethnic group', weight: 0.03 },
  ]),
  categorySet('ward', 'Ward', [
    { id: 'riverside-central', label: 'Riverside Central', weight: 0.26 },
    { id: 'northbank', label: 'Northbank', weight: 0.2 },
    { id: 'millbrook', label: 'Millbrook', weight: 0.18 },
    { id: 'westvale', label: 'Westvale', weight: 0.16 },
    { id: 'eastgate', label: 'Eastgate', weight: 0.14 },
    { id: 'outside-area', label: 'Outside the borough', weight: 0.02 },
  ]),
];

export function demoCategorySets(): z.input<typeof CategorySet>[] {
  return DEMO_CATEGORY_SETS.map((s) => ({ id: s.id, name: s.name, categories: s.categories.map(({ id, label }) => ({ id, label })) }));
}

/** Category ids and weights of a demo category set, in order. */
export function demoCategoryWeights(setId: string): { ids: string[]; weights: number[] } {
  const set = DEMO_CATEGORY_SETS.find((s) => s.id === setId);
  if (!set) throw new RangeError(`No demo category set "${setId}"`);
  return { ids: set.categories.map((c) => c.id), weights: set.categories.map((c) => c.weight) };
}

const ALL_BREAKDOWNS = ['age-band', 'gender', 'ethnicity', 'ward'];

export function demoIndicators(): z.input<typeof Indicator>[] {
  return [
    { id: 'unique-clients', name: 'Unique clients supported', kind: 'count', source: 'unique-clients', breakdowns: ALL_BREAKDOWNS, key: true,
      description: 'Different people supported in the period, counted once each however often they came.' },
    { id: 'new-clients', name: 'New clients', kind: 'count', source: 'new-clients', breakdowns: ALL_BREAKDOWNS,
      description: 'People supported for the first time.' },
    { id: 'sessions', name: 'Sessions delivered', kind: 'count', source: 'sessions', key: true,
      description: 'Contacts and sessions with clients, one-to-one or in a group.' },
    { id: 'interventions', name: 'Interventions', kind: 'count', source: 'interventions',
      description: 'Separate pieces of help given during sessions.' },
    { id: 'reduced-isolation', name: 'Clients reporting reduced isolation', kind: 'count', source: 'outcome', key: true,
      description: 'Clients who say they feel less lonely or isolated, on a short questionnaire.' },
    { id: 'improved-wellbeing', name: 'Clients with improved wellbeing', kind: 'count', source: 'outcome',
      description: 'Clients whose short wellbeing score went up by at least 3 points.' },
    { id: 'debt-managed', name: 'Clients with debt managed or written off', kind: 'count', source: 'outcome', key: true,
      description: 'Debt advice outcomes: a repayment plan, a write-off or a debt relief order.' },
    { id: 'benefits-gained', name: 'Benefits gained for clients', kind: 'money', source: 'manual',
      description: 'Yearly value of benefits won or restored for clients, in pence.' },
    { id: 'carers-assessments', name: "Carers helped to get a carer's assessment", kind: 'count', source: 'outcome',
      description: "Carers who had a carer's assessment from the council with our help." },
    { id: 'onward-referrals', name: 'Onward referrals made', kind: 'count', source: 'manual',
      description: 'Clients referred to another service, inside or outside the consortium.' },
    { id: 'volunteer-hours', name: 'Volunteer hours', kind: 'hours', source: 'volunteer-hours',
      description: 'Hours given by volunteers, in quarter-hour steps.' },
    { id: 'spend', name: 'Spend', kind: 'money', source: 'spend', description: 'Money spent on the sub-contract, in pence.' },
  ];
}

const CLIENT_FIGURES = [
  { indicatorId: 'unique-clients', requiredBreakdowns: ALL_BREAKDOWNS },
  { indicatorId: 'new-clients', requiredBreakdowns: ['age-band'] },
  { indicatorId: 'sessions' },
  { indicatorId: 'interventions' },
];
const CLOSING_FIGURES = [
  { indicatorId: 'onward-referrals', required: false },
  { indicatorId: 'volunteer-hours' },
  { indicatorId: 'spend' },
];

const NARRATIVE = [
  { id: 'progress', label: 'Progress this quarter', hint: 'What went well, what did not, and what you are doing about it.', minLength: 150 },
  { id: 'case-study', label: 'Case study', hint: 'One client’s story, with no names or details that could identify them.', minLength: 300 },
  { id: 'challenges', label: 'Risks and challenges', required: false },
];

export const DEMO_FINANCE_LINES = [
  { id: 'staff-costs', label: 'Staff costs' },
  { id: 'volunteer-expenses', label: 'Volunteer expenses' },
  { id: 'running-costs', label: 'Running costs (venue, travel, materials)' },
];

export function demoTemplates(): z.input<typeof ReportingTemplate>[] {
  const template = (id: string, name: string, outcomes: string[]) => ({
    id,
    name,
    indicators: [...CLIENT_FIGURES, ...outcomes.map((indicatorId) => ({ indicatorId })), ...CLOSING_FIGURES],
    narrative: NARRATIVE,
    financeLines: DEMO_FINANCE_LINES,
  });
  return [
    template('t-advice', 'Advice quarterly return', ['debt-managed', 'benefits-gained']),
    template('t-carers-advice', "Carers' advice quarterly return", ['benefits-gained', 'carers-assessments']),
    template('t-wellbeing', 'Health and wellbeing quarterly return', ['reduced-isolation', 'improved-wellbeing']),
  ];
}
