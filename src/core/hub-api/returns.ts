import { z } from 'zod';
import { Finding } from '../schemas/findings';
import { Id } from '../schemas/ids';
import { Query, ReturnState } from '../schemas/returns';
import { ExtensionDecision } from '../sync/return-changes';
import { Instant, LocalDate, QuarterId } from '../time';
import { DueDateSource, ReturnStatus, ReturnTimelinessStatus } from '../timeliness';

// Shapes of the hub staff returns API (issue 6). A return is addressed by its sub-contract and
// quarter — /api/returns/:subContractId/:quarter — so an expected return the hub has not received
// yet (to grant an extension, say) has an address too.
//
// State machine at the hub (DESIGN §2): received → validated (always, even with errors: hub staff
// see them) → queried (a query raised) → resubmitted (a new version arrives) → validated … →
// accepted → locked. Accepting is one staff action that records two audit events
// (validated/queried → accepted, accepted → locked) in one transaction, so a return at rest is
// never 'accepted' without being 'locked'. Reopening with a reason moves locked → validated, or
// locked → queried when the reopening raises a query.

const Count = z.int().min(0);
const Rate = z.number().min(0).max(1).nullable();

/** GET /api/prime-contracts */
export const PrimeContractList = z.object({
  primeContracts: z.array(
    z.object({ id: Id, name: z.string(), commissioner: z.string(), start: LocalDate, end: LocalDate, subContracts: Count }),
  ),
});
export type PrimeContractList = z.infer<typeof PrimeContractList>;

/** GET /api/prime-contracts/:primeContractId/returns?from=2026-Q1&to=2026-Q4 (both optional). */
export const ReturnsGridQuery = z.object({ from: QuarterId.optional(), to: QuarterId.optional() });
export type ReturnsGridQuery = z.infer<typeof ReturnsGridQuery>;

/** One member's return for one quarter, as the grid shows it. */
export const ReturnsGridCell = z.object({
  quarter: QuarterId,
  /** The sub-contract is active in the quarter, so a return is expected (T4). */
  expected: z.boolean(),
  /** Null until the hub receives a version. */
  state: ReturnState.nullable(),
  currentVersion: z.int().min(1).nullable(),
  /** T3 status and its label, with T2 once received; null when no return is expected. */
  timeliness: z.object({ status: ReturnTimelinessStatus, label: z.string() }).nullable(),
  dueDate: LocalDate.nullable(),
  dueSource: DueDateSource.nullable(),
  /** Completeness score of the current version, 0..1; null until received. */
  completeness: z.number().min(0).max(1).nullable(),
  errors: Count,
  warnings: Count,
  unexplainedWarnings: Count,
  /** Queries not yet closed by the hub (open, or answered and waiting for staff). */
  openQueries: Count,
  /** 'requested' while an extension request waits for a decision. */
  extension: z.enum(['requested', 'granted', 'declined']).nullable(),
});
export type ReturnsGridCell = z.infer<typeof ReturnsGridCell>;

export const ReturnsGridRow = z.object({
  memberId: Id,
  memberName: z.string(),
  subContractId: Id,
  subContractName: z.string(),
  cells: z.array(ReturnsGridCell),
});
export type ReturnsGridRow = z.infer<typeof ReturnsGridRow>;

/** T4 for one quarter of the prime contract: expected = active sub-contracts. */
export const QuarterRates = z.object({
  quarter: QuarterId,
  expected: Count,
  received: Count,
  receivedOnTime: Count,
  reportingRate: Rate,
  onTimeRate: Rate,
});
export type QuarterRates = z.infer<typeof QuarterRates>;

export const ReturnsGrid = z.object({
  primeContract: z.object({ id: Id, name: z.string(), commissioner: z.string() }),
  quarters: z.array(QuarterId),
  rows: z.array(ReturnsGridRow),
  rates: z.array(QuarterRates),
  generatedAt: Instant,
});
export type ReturnsGrid = z.infer<typeof ReturnsGrid>;

/** A finding of the current version with its explanation, if the manager gave one. */
export const ExplainedFinding = Finding.extend({ key: z.string(), explanation: z.string().nullable() });
export type ExplainedFinding = z.infer<typeof ExplainedFinding>;

const Rag = z.enum(['green', 'amber', 'red']).nullable();

/** One figure against the profile in force (P1 delivery %, P2 RAG) when the performance core is present. */
export const DetailFigure = z.object({
  indicatorId: Id,
  name: z.string(),
  kind: z.enum(['count', 'hours', 'money']),
  required: z.boolean(),
  value: z.number().nullable(),
  derived: z.number().nullable(),
  overrideReason: z.string(),
  yearToDate: z.number().nullable(),
  target: z.number().nullable(),
  deliveryPercent: z.number().nullable(),
  rag: Rag,
  yearToDateTarget: z.number().nullable(),
  yearToDateDeliveryPercent: z.number().nullable(),
  yearToDateRag: Rag,
  /** Category set id → category id → figure. */
  breakdowns: z.record(z.string(), z.record(z.string(), z.number().nullable())),
});
export type DetailFigure = z.infer<typeof DetailFigure>;

/** One field that changed from the previous version. */
export const VersionDifference = z.object({ path: z.string(), label: z.string(), from: z.unknown(), to: z.unknown() });
export type VersionDifference = z.infer<typeof VersionDifference>;

export const VersionSummary = z.object({
  id: Id,
  version: z.int().min(1),
  receivedAt: Instant,
  deviceId: Id,
  personId: Id,
  sealedBy: z.string(),
  sealedAtDevice: Instant,
  sealedAtCorrected: Instant,
  /** Device minus hub (ms) the hub used to judge the seal time; null when unknown. */
  skewMs: z.number().nullable(),
  completeness: z.number().min(0).max(1),
  errors: Count,
  warnings: Count,
  /** Against the previous version; empty for version 1. */
  differences: z.array(VersionDifference),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

/** One entry of the audit trail: every change of state, every version, query, answer and decision. */
export const ReturnEvent = z.object({
  id: Id,
  at: Instant,
  actorKind: z.enum(['staff', 'person', 'hub']),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  fromState: ReturnState.nullable(),
  toState: ReturnState.nullable(),
  version: z.int().min(1).nullable(),
  reason: z.string().nullable(),
  /** What changed, in words, e.g. "2 figures changed: unique clients 40 → 42, sessions 80 → 85". */
  summary: z.string(),
});
export type ReturnEvent = z.infer<typeof ReturnEvent>;

export const ExtensionView = ExtensionDecision.extend({
  memberId: Id,
  memberName: z.string(),
  /** Null when hub staff granted it without a request. */
  requestedBy: z.string().nullable(),
  requestedAt: Instant.nullable(),
});
export type ExtensionView = z.infer<typeof ExtensionView>;

/** GET /api/returns/:subContractId/:quarter, and the answer to every write on a return. */
export const ReturnDetail = z.object({
  returnId: Id.nullable(),
  subContractId: Id,
  subContractName: z.string(),
  memberId: Id,
  memberName: z.string(),
  primeContractId: Id,
  primeContractName: z.string(),
  quarter: QuarterId,
  quarterLabel: z.string(),
  state: ReturnState.nullable(),
  currentVersion: z.int().min(1).nullable(),
  firstCompleteReceivedAt: Instant.nullable(),
  acceptedAt: Instant.nullable(),
  acceptedBy: z.string().nullable(),
  timeliness: ReturnStatus,
  nil: z.object({ reason: z.string() }).nullable(),
  figures: z.array(DetailFigure),
  narrative: z.array(z.object({ id: Id, label: z.string(), text: z.string() })),
  finance: z.array(z.object({ id: Id, label: z.string(), pence: z.int().nullable() })),
  completeness: z.object({ present: Count, required: Count, score: z.number() }).nullable(),
  findings: z.array(ExplainedFinding),
  /** True when hub staff may accept now; otherwise acceptBlockers says why, in plain English. */
  canAccept: z.boolean(),
  acceptBlockers: z.array(z.string()),
  versions: z.array(VersionSummary),
  queries: z.array(Query),
  extensions: z.array(ExtensionView),
  events: z.array(ReturnEvent),
});
export type ReturnDetail = z.infer<typeof ReturnDetail>;

const Reason = (what: string) =>
  z.string().trim().min(10, `Give the reason ${what} in at least 10 characters`).max(2000, 'A reason is at most 2000 characters');

/** POST /api/returns/:subContractId/:quarter/queries → 201 ReturnDetail. */
export const RaiseQueryRequest = z.object({
  /** A field path as findings name them, e.g. "figures.unique-clients.value" or "narrative.case-study". */
  path: z.string().trim().min(1, 'Choose the field the query is about').max(200),
  question: z.string().trim().min(1, 'Write the question').max(2000, 'A question is at most 2000 characters'),
});
export type RaiseQueryRequest = z.infer<typeof RaiseQueryRequest>;

/**
 * POST /api/returns/:subContractId/:quarter/accept → ReturnDetail (state 'locked').
 * `version` is the version the staff member looked at: accepting refuses (409) if a newer one arrived.
 * Refused with 409 while errors remain or warnings are unexplained.
 */
export const AcceptReturnRequest = z.object({ version: z.int().min(1) });
export type AcceptReturnRequest = z.infer<typeof AcceptReturnRequest>;

/** POST /api/returns/:subContractId/:quarter/reopen → ReturnDetail. With a query: locked → queried. */
export const ReopenReturnRequest = z.object({ reason: Reason('for reopening'), query: RaiseQueryRequest.optional() });
export type ReopenReturnRequest = z.infer<typeof ReopenReturnRequest>;

/** POST /api/queries/:queryId/close → ReturnDetail: hub staff are satisfied by the answer. */
export const CloseQueryRequest = z.object({ note: z.string().trim().max(2000).default('') });
export type CloseQueryRequest = z.infer<typeof CloseQueryRequest>;

/** GET /api/extensions?state=requested&primeContractId=… */
export const ExtensionListQuery = z.object({
  state: z.enum(['requested', 'granted', 'declined']).optional(),
  primeContractId: Id.optional(),
});
export type ExtensionListQuery = z.infer<typeof ExtensionListQuery>;

export const ExtensionList = z.object({ extensions: z.array(ExtensionView) });
export type ExtensionList = z.infer<typeof ExtensionList>;

/** POST /api/extensions/:extensionId/grant → ExtensionView. The due date may differ from the one requested. */
export const GrantExtensionRequest = z.object({ dueDate: LocalDate, reason: Reason('for the extension') });
export type GrantExtensionRequest = z.infer<typeof GrantExtensionRequest>;

/** POST /api/extensions/:extensionId/decline → ExtensionView. */
export const DeclineExtensionRequest = z.object({ reason: Reason('for declining') });
export type DeclineExtensionRequest = z.infer<typeof DeclineExtensionRequest>;

/** POST /api/returns/:subContractId/:quarter/extension → 201 ExtensionView: granted without a request. */
export const GrantUnrequestedExtensionRequest = GrantExtensionRequest;
export type GrantUnrequestedExtensionRequest = z.infer<typeof GrantUnrequestedExtensionRequest>;
