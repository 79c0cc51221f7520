import type { ReturnState } from '../../../core/schemas';
import type { Actor, ReturnEventRow } from '../../db/queries/return-events';
import { uuidv7 } from '../uuidv7';
import { assertMove } from './state-machine';

export const HUB_ACTOR: Actor = { kind: 'hub', id: 'hub', name: 'The hub' };

/**
 * One audit-trail entry. A change of state (from ≠ to, or a move the state machine names) is
 * checked against the state machine; pass the same state twice for an event that changes none.
 */
export function returnEvent(input: {
  subContractId: string;
  quarter: string;
  returnId: string | null;
  at: Date;
  actor: Actor;
  action: string;
  from: ReturnState | null;
  to: ReturnState | null;
  version?: number | null;
  reason?: string | null;
  summary: string;
  details?: unknown;
}): ReturnEventRow {
  if (input.to !== null && input.from !== input.to) assertMove(input.from, input.to);
  return {
    id: uuidv7(input.at),
    subContractId: input.subContractId,
    quarter: input.quarter,
    returnId: input.returnId,
    at: input.at,
    actor: input.actor,
    action: input.action,
    fromState: input.from,
    toState: input.to,
    version: input.version ?? null,
    reason: input.reason ?? null,
    summary: input.summary,
    details: input.details ?? null,
  };
}
