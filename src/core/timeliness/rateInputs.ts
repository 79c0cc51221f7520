import { z } from 'zod';
import { Id } from '../schemas/ids';
import { LocalDate } from '../time/localDate';
import { QuarterId } from '../time/quarterId';

/** What T4 needs to know about a sub-contract: who holds it, under which prime contract, and when. */
export const RateSubContract = z
  .object({
    subContractId: Id,
    memberId: Id,
    primeContractId: Id,
    /** First and last day of the sub-contract, inclusive. */
    start: LocalDate,
    end: LocalDate,
  })
  .refine((s) => s.start <= s.end, { error: 'A sub-contract cannot end before it starts', path: ['end'] });
export type RateSubContract = z.infer<typeof RateSubContract>;

/** One received return's timeliness (T2): several entries for one sub-contract and quarter count once. */
export const ReceivedReturn = z.object({
  subContractId: Id,
  quarter: QuarterId,
  onTime: z.boolean(),
});
export type ReceivedReturn = z.infer<typeof ReceivedReturn>;

/** Counts and rates for one group. A rate is null when nothing was expected (never NaN). */
export const RateSummary = z.object({
  expected: z.int().min(0),
  received: z.int().min(0),
  receivedOnTime: z.int().min(0),
  /** received ÷ expected, 0..1 */
  reportingRate: z.number().min(0).max(1).nullable(),
  /** received on time ÷ expected, 0..1 */
  onTimeRate: z.number().min(0).max(1).nullable(),
});
export type RateSummary = z.infer<typeof RateSummary>;

export const ReportingRates = z.object({
  quarter: QuarterId,
  consortium: RateSummary,
  byMember: z.array(RateSummary.extend({ memberId: Id })),
  byPrimeContract: z.array(RateSummary.extend({ primeContractId: Id })),
  /** Returns passed in for this quarter whose sub-contract was not expected (unknown or not active). */
  unexpectedReturns: z.int().min(0),
});
export type ReportingRates = z.infer<typeof ReportingRates>;
