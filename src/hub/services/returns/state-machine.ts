import type { ReturnState } from '../../../core/schemas';

/**
 * The states a return moves through at the hub (DESIGN §2), and the only moves allowed:
 *
 *   (none) → received → validated ⇄ queried
 *   validated | queried → resubmitted → validated      a new version arrives
 *   validated | queried → accepted → locked            accepting locks at once (one staff action)
 *   locked → validated | queried                       reopened, with a reason
 *
 * 'draft' and 'sealed' live only on devices. 'received' and 'resubmitted' are passed through in
 * the same transaction as the validation that follows them, so a return at rest is validated,
 * queried or locked; both steps stay in the audit trail.
 */
const MOVES: Record<ReturnState | 'none', readonly ReturnState[]> = {
  none: ['received'],
  draft: [],
  sealed: [],
  received: ['validated'],
  validated: ['queried', 'resubmitted', 'accepted'],
  queried: ['queried', 'resubmitted', 'accepted'],
  resubmitted: ['validated'],
  accepted: ['locked'],
  locked: ['validated', 'queried'],
};

export function canMove(from: ReturnState | null, to: ReturnState): boolean {
  return MOVES[from ?? 'none'].includes(to);
}

/** A guard against a service moving a return where the state machine does not allow. */
export function assertMove(from: ReturnState | null, to: ReturnState): void {
  if (!canMove(from, to)) throw new Error(`A return cannot move from ${from ?? 'nothing'} to ${to}`);
}

/** States in which the hub accepts a new version from the member. */
export const OPEN_FOR_VERSIONS: readonly ReturnState[] = ['received', 'validated', 'queried', 'resubmitted'];
/** States from which hub staff may raise a query or accept. */
export const UNDER_REVIEW: readonly ReturnState[] = ['validated', 'queried'];
export const isLocked = (state: ReturnState): boolean => state === 'accepted' || state === 'locked';

/** The state in plain English, as hub staff and managers read it. */
export const STATE_WORDS: Record<ReturnState, string> = {
  draft: 'draft',
  sealed: 'sealed',
  received: 'received by the hub',
  validated: 'checked by the hub',
  queried: 'queried by the hub',
  resubmitted: 'resubmitted',
  accepted: 'accepted',
  locked: 'accepted and locked',
};
