import type { z } from 'zod';
import type { SubContract } from '../schemas';

/**
 * How a demo sub-contract is set up and how it performed. `perQuarter` are the FY 2025/26 quarterly
 * targets before seasonality; `delivery` is the share of profile achieved in each quarter of
 * history (2025-Q1 … 2026-Q2), which is what gives the demo its stories:
 *   - sc-befriending under-delivers, worse each quarter (red, early warning);
 *   - sc-carers-breaks is amber year to date in 2026-Q1 and 2026-Q2 (two quarters running);
 *   - sc-youth has an outlier quarter (its summer programme in 2026-Q2);
 *   - sc-lunch is re-profiled from 2026-Q3 (roof repairs), agreed in September 2026;
 *   - the rest are green.
 */
export type DemoSubContractSpec = {
  id: string;
  memberId: string;
  primeContractId: 'pc-advice' | 'pc-wellbeing';
  name: string;
  templateId: 't-advice' | 't-carers-advice' | 't-wellbeing';
  /** Annual budget per finance line, in pence. */
  budget: { 'staff-costs': number; 'volunteer-expenses': number; 'running-costs': number };
  paymentByResults: { indicatorId: string; unitPricePence: number }[];
  perQuarter: {
    uniqueClients: number;
    newShare: number;
    sessionsPerClient: number;
    interventionsPerSession: number;
    /** Outcome indicator id → share of unique clients achieving it. */
    outcomes: Record<string, number>;
    /** Benefits gained per client helped with benefits, in pence (advice templates only). */
    benefitsPerClientPence?: number;
    volunteerHours: number;
  };
  delivery: [number, number, number, number, number, number] | 'green';
  /** Age-band weights where the member's clients differ from the borough (under-18 … 65+). */
  ageWeights?: number[];
};

export const DEMO_SUB_CONTRACT_SPECS: DemoSubContractSpec[] = [
  {
    id: 'sc-advice-debt', memberId: 'm-advice', primeContractId: 'pc-advice', templateId: 't-advice',
    name: 'Debt and benefits advice',
    budget: { 'staff-costs': 8_400_000, 'volunteer-expenses': 240_000, 'running-costs': 960_000 },
    paymentByResults: [{ indicatorId: 'debt-managed', unitPricePence: 12_000 }],
    perQuarter: { uniqueClients: 260, newShare: 0.7, sessionsPerClient: 1.8, interventionsPerSession: 2.2,
      outcomes: { 'debt-managed': 0.3 }, benefitsPerClientPence: 260_000, volunteerHours: 420 },
    delivery: 'green',
  },
  {
    id: 'sc-advice-wellbeing', memberId: 'm-advice', primeContractId: 'pc-wellbeing', templateId: 't-wellbeing',
    name: 'Money worries and wellbeing drop-in',
    budget: { 'staff-costs': 2_600_000, 'volunteer-expenses': 80_000, 'running-costs': 320_000 },
    paymentByResults: [],
    perQuarter: { uniqueClients: 90, newShare: 0.6, sessionsPerClient: 2.5, interventionsPerSession: 1.6,
      outcomes: { 'reduced-isolation': 0.35, 'improved-wellbeing': 0.45 }, volunteerHours: 150 },
    delivery: 'green',
  },
  {
    id: 'sc-carers-advice', memberId: 'm-carers', primeContractId: 'pc-advice', templateId: 't-carers-advice',
    name: "Carers' benefits and rights advice",
    budget: { 'staff-costs': 3_800_000, 'volunteer-expenses': 120_000, 'running-costs': 480_000 },
    paymentByResults: [],
    perQuarter: { uniqueClients: 120, newShare: 0.55, sessionsPerClient: 1.6, interventionsPerSession: 2,
      outcomes: { 'carers-assessments': 0.2 }, benefitsPerClientPence: 310_000, volunteerHours: 180 },
    delivery: 'green',
  },
  {
    id: 'sc-carers-breaks', memberId: 'm-carers', primeContractId: 'pc-wellbeing', templateId: 't-wellbeing',
    name: "Carers' breaks and wellbeing groups",
    budget: { 'staff-costs': 3_200_000, 'volunteer-expenses': 200_000, 'running-costs': 900_000 },
    paymentByResults: [],
    perQuarter: { uniqueClients: 140, newShare: 0.4, sessionsPerClient: 3, interventionsPerSession: 1.4,
      outcomes: { 'reduced-isolation': 0.5, 'improved-wellbeing': 0.45 }, volunteerHours: 520 },
    delivery: [1.01, 0.99, 1.0, 1.02, 0.9, 0.91],
  },
  {
    id: 'sc-youth', memberId: 'm-youth', primeContractId: 'pc-wellbeing', templateId: 't-wellbeing',
    name: 'Youth wellbeing sessions',
    budget: { 'staff-costs': 4_200_000, 'volunteer-expenses': 150_000, 'running-costs': 850_000 },
    paymentByResults: [],
    perQuarter: { uniqueClients: 110, newShare: 0.35, sessionsPerClient: 6, interventionsPerSession: 1.2,
      outcomes: { 'reduced-isolation': 0.3, 'improved-wellbeing': 0.4 }, volunteerHours: 380 },
    delivery: 'green',
    ageWeights: [0.62, 0.3, 0.02, 0, 0],
  },
  {
    id: 'sc-befriending', memberId: 'm-befriending', primeContractId: 'pc-wellbeing', templateId: 't-wellbeing',
    name: 'Befriending for isolated adults',
    budget: { 'staff-costs': 3_000_000, 'volunteer-expenses': 300_000, 'running-costs': 400_000 },
    paymentByResults: [{ indicatorId: 'reduced-isolation', unitPricePence: 8_500 }],
    perQuarter: { uniqueClients: 85, newShare: 0.3, sessionsPerClient: 8, interventionsPerSession: 1.1,
      outcomes: { 'reduced-isolation': 0.6, 'improved-wellbeing': 0.4 }, volunteerHours: 900 },
    delivery: [0.97, 0.93, 0.88, 0.84, 0.74, 0.7],
    ageWeights: [0, 0.02, 0.12, 0.26, 0.56],
  },
  {
    id: 'sc-peer', memberId: 'm-peer', primeContractId: 'pc-wellbeing', templateId: 't-wellbeing',
    name: 'Mental health peer support groups',
    budget: { 'staff-costs': 3_400_000, 'volunteer-expenses': 160_000, 'running-costs': 540_000 },
    paymentByResults: [],
    perQuarter: { uniqueClients: 100, newShare: 0.4, sessionsPerClient: 4, interventionsPerSession: 1.3,
      outcomes: { 'reduced-isolation': 0.45, 'improved-wellbeing': 0.5 }, volunteerHours: 300 },
    delivery: 'green',
  },
  {
    id: 'sc-lunch', memberId: 'm-lunch', primeContractId: 'pc-wellbeing', templateId: 't-wellbeing',
    name: "Older people's lunch club",
    budget: { 'staff-costs': 1_800_000, 'volunteer-expenses': 120_000, 'running-costs': 1_100_000 },
    paymentByResults: [],
    perQuarter: { uniqueClients: 75, newShare: 0.2, sessionsPerClient: 10, interventionsPerSession: 1,
      outcomes: { 'reduced-isolation': 0.55, 'improved-wellbeing': 0.35 }, volunteerHours: 640 },
    delivery: 'green',
    ageWeights: [0, 0, 0.02, 0.14, 0.8],
  },
];

export function demoSpec(subContractId: string): DemoSubContractSpec {
  const spec = DEMO_SUB_CONTRACT_SPECS.find((s) => s.id === subContractId);
  if (!spec) throw new RangeError(`No demo sub-contract "${subContractId}"`);
  return spec;
}

export const annualBudgetPence = (spec: DemoSubContractSpec): number =>
  spec.budget['staff-costs'] + spec.budget['volunteer-expenses'] + spec.budget['running-costs'];

export function demoSubContracts(): z.input<typeof SubContract>[] {
  return DEMO_SUB_CONTRACT_SPECS.map((s) => ({
    id: s.id,
    memberId: s.memberId,
    primeContractId: s.primeContractId,
    name: s.name,
    start: '2025-04-01',
    end: '2027-03-31',
    valuePence: annualBudgetPence(s) * 2,
    templateId: s.templateId,
    budgetLines: Object.entries(s.budget).map(([lineId, annualPence]) => ({ lineId, annualPence })),
    paymentByResults: s.paymentByResults,
  }));
}
