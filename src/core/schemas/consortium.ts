import { z } from 'zod';
import { Id, Pence } from './ids';
import { DeadlinePolicy, LocalDate } from './time-primitives';
import { ValidationSettings } from './settings';

export const Consortium = z.object({ id: Id, name: z.string().min(1) });
export type Consortium = z.infer<typeof Consortium>;

export const MemberKind = z.enum(['full', 'associate']);
export const Member = z.object({
  id: Id,
  name: z.string().min(1),
  kind: MemberKind,
  active: z.boolean().default(true),
});
export type Member = z.infer<typeof Member>;

export const PrimeContract = z
  .object({
    id: Id,
    name: z.string().min(1),
    commissioner: z.string().min(1),
    start: LocalDate,
    end: LocalDate,
    deadlinePolicy: DeadlinePolicy,
    settings: ValidationSettings,
  })
  .refine((c) => c.start <= c.end, { message: 'The contract must end on or after its start', path: ['end'] });
export type PrimeContract = z.infer<typeof PrimeContract>;

/** P4: a payment-by-results line pays a unit price per achievement, capped at profile. */
export const PaymentByResults = z.object({ indicatorId: Id, unitPricePence: Pence });
export type PaymentByResults = z.infer<typeof PaymentByResults>;

export const BudgetLine = z.object({ lineId: Id, annualPence: Pence });
export type BudgetLine = z.infer<typeof BudgetLine>;

/** A member's share of a prime contract. */
export const SubContract = z
  .object({
    id: Id,
    memberId: Id,
    primeContractId: Id,
    name: z.string().min(1),
    start: LocalDate,
    end: LocalDate,
    valuePence: Pence,
    templateId: Id,
    budgetLines: z.array(BudgetLine).default([]),
    paymentByResults: z.array(PaymentByResults).default([]),
  })
  .refine((s) => s.start <= s.end, { message: 'The sub-contract must end on or after its start', path: ['end'] });
export type SubContract = z.infer<typeof SubContract>;

/** P5: the equivalent paid hourly rate for a volunteer role, with the year its source gives. */
export const VolunteerRole = z.object({
  id: Id,
  name: z.string().min(1),
  hourlyRatePence: Pence,
  rateSource: z.string().min(1),
  rateYear: z.int().min(2000).max(2100),
});
export type VolunteerRole = z.infer<typeof VolunteerRole>;

export const PersonRole = z.enum(['manager', 'staff', 'volunteer']);
export type PersonRole = z.infer<typeof PersonRole>;

/** Someone who uses a member's device. Only managers seal returns; volunteers see only their own hours. */
export const Person = z.object({
  id: Id,
  memberId: Id,
  displayName: z.string().trim().min(1, 'Enter a name').max(80),
  role: PersonRole,
  /** The volunteer role a volunteer usually does, for P5. */
  volunteerRoleId: Id.optional(),
  active: z.boolean().default(true),
});
export type Person = z.infer<typeof Person>;
