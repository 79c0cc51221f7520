import { z } from 'zod';
import { Id, Pence } from './ids';
import { Instant, QuarterId } from './time-primitives';

export const ReturnState = z.enum(['draft', 'sealed', 'received', 'validated', 'queried', 'resubmitted', 'accepted', 'locked']);
export type ReturnState = z.infer<typeof ReturnState>;

/** Blank is not zero (C1): a figure not yet given is null. */
const Figure = z.number().nullable();

export const ReturnFigure = z.object({
  indicatorId: Id,
  value: Figure,
  /** Category set id → category id → figure. */
  breakdowns: z.record(Id, z.record(Id, Figure)).default({}),
  /** What the records say, when the figure is derived from them (A4). */
  derived: z.number().nullable().default(null),
  /** Why the manager typed a figure different from `derived`. */
  overrideReason: z.string().trim().default(''),
  /**
   * Year to date (Q1 to this quarter) for unique-client indicators, which cannot be summed from the
   * quarters' figures because one client may come in several quarters (A5, P1); absent or null when not given.
   */
  yearToDate: z.number().nullable().optional(),
});
export type ReturnFigure = z.infer<typeof ReturnFigure>;

export const Seal = z.object({
  declarationAccepted: z.literal(true, 'Confirm the declaration to seal the return'),
  managerId: Id,
  managerName: z.string().trim().min(1, 'Name the manager sealing the return'),
  sealedAtDevice: Instant,
  /** Device time corrected by the clock skew known at the last sync. */
  sealedAtCorrected: Instant,
  /** Device minus hub, in ms, as measured at the last sync; null when never measured. */
  skewMs: z.number().nullable(),
});
export type Seal = z.infer<typeof Seal>;

/** One member's report for one sub-contract and one quarter; each resubmission is a new version. */
export const ReturnVersion = z.object({
  id: Id,
  memberId: Id,
  subContractId: Id,
  quarter: QuarterId,
  version: z.int().min(1),
  state: ReturnState,
  /** An explicit "no activity this quarter" (C3). */
  nil: z.object({ reason: z.string().trim() }).nullable().default(null),
  figures: z.array(ReturnFigure).default([]),
  /** Narrative item id → text. */
  narrative: z.record(Id, z.string()).default({}),
  /** Finance line id → pence; null is not given. */
  finance: z.record(Id, Pence.nullable()).default({}),
  /** findingKey → the manager's explanation of a warning. */
  explanations: z.record(z.string(), z.string()).default({}),
  seal: Seal.nullable().default(null),
  receivedAt: Instant.nullable().default(null),
  updatedAt: Instant,
  updatedBy: Id,
});
export type ReturnVersion = z.infer<typeof ReturnVersion>;

export const returnKey = (r: Pick<ReturnVersion, 'subContractId' | 'quarter'>): string => `${r.subContractId}/${r.quarter}`;

export const QueryState = z.enum(['open', 'answered', 'closed']);
/** A hub question on a field of a return. */
export const Query = z.object({
  id: Id,
  returnId: Id,
  returnVersion: z.int().min(1),
  path: z.string(),
  question: z.string().trim().min(1, 'Write the question'),
  raisedBy: z.string().min(1),
  raisedAt: Instant,
  state: QueryState,
  answers: z
    .array(z.object({ by: z.string().min(1), at: Instant, comment: z.string().trim().min(1, 'Write an answer') }))
    .default([]),
});
export type Query = z.infer<typeof Query>;

