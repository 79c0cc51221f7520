import type { ReturnVersion } from '../../../core/schemas';
import type { Queryable } from '../../db/db';
import { takeSeqs } from '../../db/queries/change-head';
import { type Actor, insertEvents } from '../../db/queries/return-events';
import { insertFindings } from '../../db/queries/return-findings';
import { findReturn, insertReturn, insertVersion, type ReturnRow } from '../../db/queries/returns';
import { uuidv7 } from '../uuidv7';
import { loadHubReference, subContractContext } from './hub-reference';
import { HUB_ACTOR, returnEvent } from './return-event';
import { snapshotOf, timelinessOf } from './timeliness';
import { findingsRow, validateAtHub } from './validate-at-hub';

/**
 * Loads returns made before this hub held returns (the demo consortium's accepted history) as
 * accepted and locked returns: each with its version, the hub's findings on it (without records:
 * the hub never had the records behind them) and an audit trail dated from the return itself.
 * Oldest quarter first, so each is checked against the ones before it (A5, A6). Returns already
 * held, or for unknown sub-contracts, are left alone. Run inside the caller's transaction.
 */
export async function importReturnHistory(tx: Queryable, returns: readonly ReturnVersion[]): Promise<number> {
  const ref = await loadHubReference(tx);
  let imported = 0;
  const ordered = [...returns].sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : a.version - b.version));
  for (const ret of ordered) {
    const sc = subContractContext(ref, ret.subContractId);
    if (!sc || !ret.seal || (await findReturn(tx, ret.subContractId, ret.quarter))) continue;
    const receivedAt = new Date(ret.receivedAt ?? ret.seal.sealedAtCorrected);
    const acceptedAt = new Date(ret.updatedAt);
    const result = await validateAtHub(tx, ref, sc, { ...ret, state: 'sealed', receivedAt: receivedAt.toISOString() }, { withRecords: false });
    const findings = findingsRow(ret.id, result, receivedAt);
    const row: ReturnRow = {
      id: uuidv7(receivedAt),
      memberId: ret.memberId,
      subContractId: ret.subContractId,
      primeContractId: sc.primeContract.id,
      quarter: ret.quarter,
      state: 'locked',
      currentVersion: ret.version,
      firstCompleteVersion: findings.complete ? ret.version : null,
      firstCompleteReceivedAt: findings.complete ? receivedAt : null,
      sealedAtDevice: findings.complete ? new Date(ret.seal.sealedAtDevice) : null,
      skewMs: findings.complete ? ret.seal.skewMs : null,
      skewMeasuredAt: findings.complete && ret.seal.skewMs !== null ? receivedAt : null,
      timeliness: { status: '', label: '', dueDate: '' },
      acceptedAt,
      acceptedBy: ret.updatedBy,
      acceptedByName: 'Hub contract manager',
      updatedAt: acceptedAt,
      seq: await takeSeqs(tx, 1),
    };
    row.timeliness = snapshotOf(timelinessOf({ quarter: ret.quarter, primeContract: sc.primeContract, row, extensions: [] }, acceptedAt));
    await insertReturn(tx, row);
    await insertVersion(tx, {
      id: ret.id,
      returnId: row.id,
      version: ret.version,
      data: { ...ret, state: 'sealed', receivedAt: receivedAt.toISOString() },
      receivedAt,
      deviceId: 'history',
      personId: ret.seal.managerId,
      changeId: null,
      skewAtReceiptMs: ret.seal.skewMs,
    });
    await insertFindings(tx, findings);
    const manager: Actor = { kind: 'person', id: ret.seal.managerId, name: ret.seal.managerName };
    const staff: Actor = { kind: 'hub', id: ret.updatedBy, name: 'Hub contract manager' };
    const where = { subContractId: ret.subContractId, quarter: ret.quarter, returnId: row.id, version: ret.version };
    await insertEvents(tx, [
      returnEvent({ ...where, at: receivedAt, actor: manager, action: 'received', from: null, to: 'received', summary: `Version ${ret.version} received (loaded with the consortium’s history)` }),
      returnEvent({ ...where, at: receivedAt, actor: HUB_ACTOR, action: 'validated', from: 'received', to: 'validated', summary: `Checked by the hub: ${findings.errors} errors, ${findings.warnings} warnings (${findings.unexplained} unexplained)` }),
      returnEvent({ ...where, at: acceptedAt, actor: staff, action: 'accepted', from: 'validated', to: 'accepted', summary: `Version ${ret.version} accepted` }),
      returnEvent({ ...where, at: acceptedAt, actor: staff, action: 'locked', from: 'accepted', to: 'locked', summary: 'Locked' }),
    ]);
    imported += 1;
  }
  return imported;
}
