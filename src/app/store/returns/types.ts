import type { Finding, Query, QuarterId, ReturnState, ReturnVersion } from '../../../core/schemas';
import type { ExtensionDecision, QueryAnswer } from '../../../core/sync';

/**
 * One figure of a draft as the manager left it. Numbers are kept as typed (text), so that a
 * half-typed "12a" survives a reload and is shown back with its error rather than lost.
 */
export type DraftFigure = {
  /**
   * The manager changed a figure that is derived from the records (A4: needs a reason). Figures
   * not derived from records (manual indicators) are always typed and ignore this flag.
   */
  override: boolean;
  value: string;
  /** Category set id → category id → text as typed (the template's required breakdowns). */
  breakdowns: Record<string, Record<string, string>>;
  overrideReason: string;
};

/**
 * A return being prepared on this device: version `version` of the sub-contract's quarter,
 * which becomes the ReturnVersion with id `id` when sealed. Kept until sealed (then deleted in
 * the same transaction that writes the sealed version).
 */
export type ReturnDraft = {
  /** returnKey(): "<subContractId>/<quarter>". One draft per return at a time. */
  key: string;
  id: string;
  memberId: string;
  subContractId: string;
  quarter: QuarterId;
  version: number;
  /** The version this one replaces (a resubmission), or null for version 1. */
  previousVersionId: string | null;
  /** An explicit nil return ("no activity this quarter", C3) with its reason. */
  nil: boolean;
  nilReason: string;
  /** Indicator id → figure; an indicator not here is taken from the records as they are now. */
  figures: Record<string, DraftFigure>;
  narrative: Record<string, string>;
  /** Finance line id → pounds as typed; a line not here is taken from the spend records. */
  finance: Record<string, string>;
  /** findingKey → the manager's explanation of a warning. */
  explanations: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
};

/** What the hub says about a version it holds (HubReturn), as the last pull brought it. */
export type HubReturnInfo = {
  /** The hub's id of the return (one per sub-contract and quarter); queries name it. */
  returnId: string;
  state: ReturnState;
  receivedAt: string | null;
  /** The hub's own findings on the version (it also checks A4–A6 with what only it knows). */
  findings: Finding[];
  /** The hub's completeness score, 0..1. */
  completeness: number;
  /** The hub's T2/T3 verdict ("On time — received Tue 14 Jul 2026 at 10:02") and the due date it used. */
  timeliness: { status: string; label: string; dueDate: string };
  acceptedAt: string | null;
  acceptedBy: string | null;
  /** When the hub last changed the return. */
  updatedAt: string;
};

/** A return version this device sealed, or one the hub sent by pull. */
export type StoredReturnVersion = {
  id: string;
  subContractId: string;
  quarter: QuarterId;
  version: number;
  /** The version as sealed (its `state` is the state when last written here). */
  data: ReturnVersion;
  /** Where the row came from first: sealed here, or pulled from the hub (another device's). */
  origin: 'device' | 'hub';
  /** The hub's view once a pull brought it; null until then. */
  hub: HubReturnInfo | null;
};

/** A hub query, as pulled. */
export type StoredQuery = Query & { pulledAt: string };

/** An answer to a query given on this device (it goes to the hub through the outbox). */
export type StoredQueryAnswer = QueryAnswer & { returnId: string; by: string; byName: string; at: string };

/**
 * An extension request made here (state 'requested' until the hub decides) or the hub's
 * decision as pulled. The hub's copy replaces the local one (same id).
 */
export type StoredExtension = ExtensionDecision & { requestedBy: string | null; requestedAt: string | null };
