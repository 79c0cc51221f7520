import { z } from 'zod';
import { Id } from '../schemas/ids';
import { ReturnState } from '../schemas/returns';
import { Instant, QuarterId } from '../time';

// Shapes of the hub staff performance API: is each member delivering what its sub-contract
// promised (DESIGN §4, P1–P6)? One prime contract, one quarter:
//   GET /api/prime-contracts/:primeContractId/performance?quarter=2026-Q2 → PrimeContractPerformance
//   GET /api/prime-contracts/:primeContractId/consolidated.csv?quarter=2026-Q2 → the P6 consolidated
//     return as it may leave the consortium (counts of 1–4 shown as "<5"), for the commissioner.
// Without `quarter`, the latest quarter that has ended.

export const PerformanceQuery = z.object({ quarter: QuarterId.optional() });
export type PerformanceQuery = z.infer<typeof PerformanceQuery>;

const Rag = z.enum(['green', 'amber', 'red']).nullable();
const Pence = z.int().min(0);
const Kind = z.enum(['count', 'hours', 'money']);

/** P1 and P2 for one indicator of the template: the quarter and the year to date. */
export const IndicatorDeliveryRow = z.object({
  indicatorId: Id,
  name: z.string(),
  kind: Kind,
  /** A key indicator of the template: the ones P3 judges. */
  key: z.boolean(),
  achieved: z.number().nullable(),
  target: z.number().nullable(),
  percent: z.number().nullable(),
  rag: Rag,
  yearToDateAchieved: z.number().nullable(),
  yearToDateTarget: z.number().nullable(),
  yearToDatePercent: z.number().nullable(),
  yearToDateRag: Rag,
});
export type IndicatorDeliveryRow = z.infer<typeof IndicatorDeliveryRow>;

/** P3: why a sub-contract is flagged, in plain English. */
export const EarlyWarningRow = z.object({
  warning: z.boolean(),
  reasons: z.array(z.object({ rule: z.enum(['red-this-quarter', 'behind-two-quarters-running', 'run-rate']), indicatorId: Id, message: z.string() })),
});

/**
 * Where P4's "paid" came from for a line: the contract's rule (paid on profile, in advance), or the
 * amount hub staff recorded as really paid (the newest entry counts; every entry is kept).
 */
export const PaidSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('profile') }),
  z.object({ kind: z.literal('recorded'), recordedBy: z.string(), recordedAt: Instant, reason: z.string() }),
]);
export type PaidSource = z.infer<typeof PaidSource>;

/** P4 for one payment-by-results indicator: always a proposal, with its workings. */
export const ClawBackRow = z.object({
  indicatorId: Id,
  name: z.string(),
  unitPricePence: Pence,
  achieved: z.number(),
  profile: z.number(),
  earnedPence: Pence,
  paidPence: Pence,
  proposalPence: Pence,
  workings: z.string(),
  paid: PaidSource,
});

/** P5 for the quarter: the volunteer hours the hub holds, valued per role. */
export const VolunteerDividendRow = z.object({
  totalHours: z.number().min(0),
  totalPence: Pence,
  lines: z.array(z.object({ roleId: Id, roleName: z.string(), hours: z.number().min(0), hourlyRatePence: Pence, valuePence: Pence })),
  /** Hours of roles with no rate: not valued, listed so someone can add the rate. */
  unpricedHours: z.number().min(0),
  sources: z.array(z.object({ rateSource: z.string(), rateYear: z.int() })),
});

export const SubContractPerformanceRow = z.object({
  subContractId: Id,
  subContractName: z.string(),
  memberId: Id,
  memberName: z.string(),
  /** The state of the quarter's return the figures come from; null when the hub has none. */
  returnState: ReturnState.nullable(),
  indicators: z.array(IndicatorDeliveryRow),
  earlyWarning: EarlyWarningRow,
  /** Null when the sub-contract pays nothing by results. */
  clawBack: z
    .object({ lines: z.array(ClawBackRow), totalProposalPence: Pence, notAssessed: z.array(z.object({ indicatorId: Id, reason: z.string() })) })
    .nullable(),
  volunteerDividend: VolunteerDividendRow,
});
export type SubContractPerformanceRow = z.infer<typeof SubContractPerformanceRow>;

/** P6 for one indicator, as hub staff see it (unsuppressed: it does not leave the consortium). */
export const ConsolidatedFigureRow = z.object({
  indicatorId: Id,
  name: z.string(),
  kind: Kind,
  summable: z.boolean(),
  value: z.number().nullable(),
  upperBound: z.number().nullable(),
  note: z.string().nullable(),
  /** Sub-contracts whose return leaves this figure blank. */
  membersWithoutFigure: z.array(Id),
});

export const PrimeContractPerformance = z.object({
  primeContract: z.object({ id: Id, name: z.string(), commissioner: z.string() }),
  quarter: QuarterId,
  quarterLabel: z.string(),
  /** For moving between quarters; null outside the prime contract's term. */
  previousQuarter: QuarterId.nullable(),
  nextQuarter: QuarterId.nullable(),
  subContracts: z.array(SubContractPerformanceRow),
  consolidated: z.object({
    figures: z.array(ConsolidatedFigureRow),
    /** Sub-contracts whose accepted return is in the consolidation. */
    included: z.array(Id),
    /** Active sub-contracts with no accepted return yet: the consolidation is incomplete. */
    missing: z.array(Id),
  }),
  /** How the amounts paid for P4 were taken, in words (shown beside the claw back). */
  paidBasis: z.string(),
});
export type PrimeContractPerformance = z.infer<typeof PrimeContractPerformance>;

/** At most £100 million in one line: a typing slip beyond that is refused, not recorded. */
const MAX_PAID_PENCE = 10_000_000_000;

/**
 * POST /api/sub-contracts/:subContractId/payments (hub staff): what was really paid for one
 * payment-by-results line in one quarter, with where the amount comes from. Replaces the on-profile
 * amount in P4 for that line and quarter; a later entry replaces an earlier one, and all are kept.
 */
export const RecordPaymentRequest = z.object({
  quarter: QuarterId,
  indicatorId: Id,
  paidPence: z.int('Enter the amount paid in pence, a whole number').min(0, 'The amount paid cannot be negative').max(MAX_PAID_PENCE, 'The amount paid must be £100,000,000 or less'),
  reason: z.string().trim().min(10, 'Say where the amount comes from, in at least 10 characters').max(500, 'Say where the amount comes from in 500 characters or fewer'),
});
export type RecordPaymentRequest = z.infer<typeof RecordPaymentRequest>;

/** The answer to RecordPaymentRequest (201). */
export const PaymentRecorded = z.object({
  id: Id,
  subContractId: Id,
  quarter: QuarterId,
  indicatorId: Id,
  paidPence: Pence,
  reason: z.string(),
  recordedBy: z.string(),
  recordedAt: Instant,
});
export type PaymentRecorded = z.infer<typeof PaymentRecorded>;
