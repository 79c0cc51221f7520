import { z } from 'zod';
import { ClientRef, Id, Pence } from './ids';
import { Instant, LocalDate, QuarterId } from './time-primitives';

/** What every record carries: who made it, for which member and sub-contract, and its version. */
const RecordBase = z.object({
  id: Id,
  memberId: Id,
  subContractId: Id,
  /** The person on the device who made the latest change. */
  personId: Id,
  createdAt: Instant,
  updatedAt: Instant,
  /** Starts at 1 and goes up by one per change; sync detects conflicts with it. */
  version: z.int().min(1),
});

export const ContactRecord = RecordBase.extend({
  type: z.literal('contact'),
  date: LocalDate,
  clientRef: ClientRef,
  service: z.string().trim().max(80).default(''),
  isNew: z.boolean(),
  /** Category set id → category id, from the template's category sets. */
  demographics: z.record(Id, Id).default({}),
  interventions: z.int('Enter a whole number of interventions').min(1, 'A contact has at least 1 intervention').max(100),
});
export type ContactRecord = z.infer<typeof ContactRecord>;

export const OutcomeRecord = RecordBase.extend({
  type: z.literal('outcome'),
  date: LocalDate,
  clientRef: ClientRef,
  indicatorId: Id,
  evidenceNote: z.string().trim().min(1, 'Add a short note of the evidence').max(500),
});
export type OutcomeRecord = z.infer<typeof OutcomeRecord>;

export const VolunteerHoursRecord = RecordBase.extend({
  type: z.literal('volunteer-hours'),
  date: LocalDate,
  volunteerId: Id,
  roleId: Id,
  hours: z
    .number('Enter the hours as a number')
    .positive('Enter more than 0 hours')
    .max(24, 'No more than 24 hours in a day')
    .refine((h) => Number.isInteger(h * 4), 'Enter hours in quarter-hour steps, like 1.25 or 2.5'),
  activity: z.string().trim().min(1, 'Say what the volunteer did').max(200),
});
export type VolunteerHoursRecord = z.infer<typeof VolunteerHoursRecord>;

export const SpendRecord = RecordBase.extend({
  type: z.literal('spend'),
  quarter: QuarterId,
  lineId: Id,
  amountPence: Pence,
  note: z.string().trim().max(200).default(''),
});
export type SpendRecord = z.infer<typeof SpendRecord>;

export const RecordData = z.discriminatedUnion('type', [ContactRecord, OutcomeRecord, VolunteerHoursRecord, SpendRecord]);
export type RecordData = z.infer<typeof RecordData>;
export type RecordType = RecordData['type'];
