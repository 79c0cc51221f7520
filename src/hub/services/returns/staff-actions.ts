import type { StaffUser } from '../../../core/hub-api';
import type { Db, Queryable } from '../../db/db';
import { lockChangeHead } from '../../db/queries/change-head';
import type { Actor } from '../../db/queries/return-events';
import { findReturn, type ReturnRow } from '../../db/queries/returns';
import { ProblemError } from '../../http/problems';
import { type HubReference, loadHubReference, type SubContractContext } from './hub-reference';
import { expectedReturn } from './return-detail';
import { STATE_WORDS } from './state-machine';

export const staffActor = (user: StaffUser): Actor => ({ kind: 'staff', id: user.id, name: user.displayName });

export interface StaffWrite {
  tx: Queryable;
  ref: HubReference;
  sc: SubContractContext;
  /** The return, locked for this transaction; undefined when the hub has received none. */
  row: ReturnRow | undefined;
}

/**
 * Runs a hub staff change to one return in one transaction. The change head is locked first, as
 * a push does, so a version arriving at the same moment waits (and the two never deadlock).
 */
export function staffReturnWrite<T>(db: Db, subContractId: string, quarter: string, fn: (w: StaffWrite) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await lockChangeHead(tx);
    const ref = await loadHubReference(tx);
    const sc = expectedReturn(ref, subContractId, quarter);
    const row = await findReturn(tx, subContractId, quarter, true);
    return fn({ tx, ref, sc, row });
  });
}

/** The return, or 409 when the hub has not received it yet. */
export function received(row: ReturnRow | undefined, doing: string): ReturnRow {
  if (!row) throw new ProblemError('returnStateConflict', `The hub has not received this return yet, so you cannot ${doing}.`);
  return row;
}

export function stateConflict(row: ReturnRow, doing: string, hint = ''): ProblemError {
  return new ProblemError('returnStateConflict', `You cannot ${doing}: the return is ${STATE_WORDS[row.state]}.${hint ? ` ${hint}` : ''}`);
}
