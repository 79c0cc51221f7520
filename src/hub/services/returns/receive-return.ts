import type { ReturnVersion } from '../../../core/schemas';
import type { ReturnChange } from '../../../core/sync';
import { describeDate, describeMoment, londonDateOf, quarterLabel } from '../../../core/time';
import { isActiveInQuarter } from '../../../core/timeliness';
import { takeSeqs } from '../../db/queries/change-head';
import { extensionsOfReturn } from '../../db/queries/extensions';
import { answerQueriesByResubmission } from './answer-by-resubmission';
import { insertEvents } from '../../db/queries/return-events';
import { insertFindings } from '../../db/queries/return-findings';
import { findReturn, findVersionById, insertReturn, insertVersion, type ReturnRow, updateReturn, versionsOf } from '../../db/queries/returns';
import { uuidv7 } from '../uuidv7';
import { subContractContext } from './hub-reference';
import { type MemberChangeContext, type MemberChangeVerdict, personName, refusal, rejected } from './member-change-context';
import { HUB_ACTOR, returnEvent } from './return-event';
import { isLocked, OPEN_FOR_VERSIONS } from './state-machine';
import { skewForSeal, snapshotOf, timelinessOf } from './timeliness';
import { findingsRow, validateAtHub } from './validate-at-hub';
import { describeDifferences, versionDifferences } from './version-differences';
import { differenceNames } from './difference-names';

/**
 * A sealed return version reaches the hub (issue 6). Checks who may send it (S1: the member's own
 * sub-contract and people; S2: only a manager sends and seals returns; S3: the return's state
 * allows a new version), then stores the version as received, validates it with what only the
 * hub knows, records the findings, moves the return to validated (errors or not: hub staff see
 * them and query or wait), and works out T2/T3 from the first complete version.
 */
export async function receiveReturn(ctx: MemberChangeContext, change: ReturnChange): Promise<MemberChangeVerdict> {
  const ret = change.data;
  const refused = await scopeRefusals(ctx, change);
  if (refused) return refused;
  const sc = subContractContext(ctx.ref, ret.subContractId)!;
  const existing = await findReturn(ctx.tx, ret.subContractId, ret.quarter, true);
  if (existing) {
    const stateRefusal = versionRefusal(existing, ret);
    if (stateRefusal) return stateRefusal;
  }

  const now = ctx.now;
  const received: ReturnVersion = { ...ret, receivedAt: now.toISOString() };
  const result = await validateAtHub(ctx.tx, ctx.ref, sc, received, { withRecords: true });
  const findings = findingsRow(ret.id, result, now);
  const returnId = existing?.id ?? uuidv7(now);
  const seq = await takeSeqs(ctx.tx, 1);

  const becomesFirstComplete = findings.complete && !existing?.firstCompleteReceivedAt;
  const skew = skewForSeal(ctx.previousSkew, ctx.pushSkew);
  const row: ReturnRow = {
    id: returnId,
    memberId: ctx.memberId,
    subContractId: ret.subContractId,
    primeContractId: sc.primeContract.id,
    quarter: ret.quarter,
    state: 'validated',
    currentVersion: ret.version,
    firstCompleteVersion: becomesFirstComplete ? ret.version : (existing?.firstCompleteVersion ?? null),
    firstCompleteReceivedAt: becomesFirstComplete ? now : (existing?.firstCompleteReceivedAt ?? null),
    sealedAtDevice: becomesFirstComplete ? new Date(ret.seal!.sealedAtDevice) : (existing?.sealedAtDevice ?? null),
    skewMs: becomesFirstComplete ? skew.skewMs : (existing?.skewMs ?? null),
    skewMeasuredAt: becomesFirstComplete ? new Date(skew.measuredAt) : (existing?.skewMeasuredAt ?? null),
    timeliness: existing?.timeliness ?? { status: 'not due', label: '', dueDate: '' },
    acceptedAt: null,
    acceptedBy: null,
    acceptedByName: null,
    updatedAt: now,
    seq,
  };
  const status = timelinessOf({ quarter: ret.quarter, primeContract: sc.primeContract, row, extensions: await extensionsOfReturn(ctx.tx, ret.subContractId, ret.quarter) }, now);
  row.timeliness = snapshotOf(status);

  if (existing) await updateReturn(ctx.tx, row);
  else await insertReturn(ctx.tx, row);
  await insertVersion(ctx.tx, {
    id: ret.id,
    returnId,
    version: ret.version,
    data: received,
    receivedAt: now,
    deviceId: ctx.deviceId,
    personId: change.personId,
    changeId: change.changeId,
    skewAtReceiptMs: ctx.pushSkew.skewMs,
  });
  await insertFindings(ctx.tx, findings);

  const person = { kind: 'person' as const, id: change.personId, name: personName(ctx, change.personId) };
  const where = { subContractId: ret.subContractId, quarter: ret.quarter, returnId, at: now, version: ret.version };
  const sealed = `sealed by ${ret.seal!.managerName} on ${describeMoment(ret.seal!.sealedAtDevice)} (device clock)`;
  const events = [];
  if (!existing) {
    events.push(returnEvent({ ...where, actor: person, action: 'received', from: null, to: 'received', summary: `Version ${ret.version} received from ${ctx.deviceName}, ${sealed}` }));
  } else {
    const previous = (await versionsOf(ctx.tx, returnId)).find((v) => v.version === existing.currentVersion);
    const differences = previous ? versionDifferences(previous.data, received, differenceNames(ctx.ref, sc.template)) : [];
    const answered = await answerQueriesByResubmission(ctx, { returnId, version: ret.version, personId: change.personId, changeId: change.changeId });
    const answeredNote = answered > 0 ? `; answers ${answered} open ${answered === 1 ? 'query' : 'queries'}` : '';
    events.push(
      returnEvent({
        ...where,
        actor: person,
        action: 'resubmitted',
        from: existing.state,
        to: 'resubmitted',
        summary: `Version ${ret.version} received from ${ctx.deviceName}, ${sealed}. ${describeDifferences(differences)}${answeredNote}`,
        details: { differences },
      }),
    );
  }
  const counts = `${findings.errors} ${findings.errors === 1 ? 'error' : 'errors'}, ${findings.warnings} ${findings.warnings === 1 ? 'warning' : 'warnings'} (${findings.unexplained} unexplained), ${Math.round(result.completeness.score * 100)}% complete`;
  const t2 = becomesFirstComplete ? `. First complete version: ${status.label}` : findings.complete ? '' : '. Not complete yet, so the return is not yet counted as received on time';
  events.push(
    returnEvent({ ...where, actor: HUB_ACTOR, action: 'validated', from: existing ? 'resubmitted' : 'received', to: 'validated', summary: `Checked by the hub: ${counts}${t2}` }),
  );
  await insertEvents(ctx.tx, events);
  return { applied: true };
}

async function scopeRefusals(ctx: MemberChangeContext, change: ReturnChange): Promise<MemberChangeVerdict | undefined> {
  const ret = change.data;
  const role = ctx.scope.people.get(change.personId);
  if (role === undefined) {
    return rejected(refusal('S1', 'personId', 'The person who sent this return is not one of your organisation’s people on the hub', change.personId));
  }
  if (ret.memberId !== ctx.memberId) {
    return rejected(refusal('S1', 'data.memberId', 'This return names another organisation: a device can only send its own organisation’s returns', ret.memberId));
  }
  if (!ctx.scope.subContractIds.has(ret.subContractId)) {
    return rejected(refusal('S1', 'data.subContractId', 'This return is for a sub-contract your organisation does not hold', ret.subContractId));
  }
  if (role !== 'manager') return rejected(refusal('S2', 'personId', 'Only a manager can seal and send a return'));
  if (ctx.scope.people.get(ret.seal!.managerId) !== 'manager') {
    return rejected(refusal('S2', 'data.seal.managerId', 'The return must be sealed by one of your organisation’s managers', ret.seal!.managerId));
  }
  const sc = subContractContext(ctx.ref, ret.subContractId);
  if (!sc || !isActiveInQuarter(sc.subContract, ret.quarter)) {
    return rejected(refusal('S1', 'data.quarter', `The sub-contract does not run in ${quarterLabel(ret.quarter)}, so no return is expected for it`, ret.quarter));
  }
  const sameId = await findVersionById(ctx.tx, ret.id);
  if (sameId) {
    return rejected(refusal('S1', 'data.id', 'The hub already has a return version with this id: seal the return again to make a new version'));
  }
  return undefined;
}

function versionRefusal(existing: ReturnRow, ret: ReturnVersion): MemberChangeVerdict | undefined {
  if (isLocked(existing.state)) {
    const on = existing.acceptedAt ? ` on ${describeDate(londonDateOf(existing.acceptedAt.toISOString()))}` : '';
    return rejected(refusal('S3', 'data', `This return was accepted${on} and is locked; ask the hub to reopen it`));
  }
  if (!OPEN_FOR_VERSIONS.includes(existing.state)) {
    return rejected(refusal('S3', 'data', `The hub cannot take a new version of this return while it is ${existing.state}`));
  }
  if (ret.version <= existing.currentVersion) {
    return rejected(
      refusal(
        'S3',
        'data.version',
        `The hub already has version ${existing.currentVersion} of this return; a resubmission must be a later version. Open the return to see the hub’s copy and seal it again`,
        ret.version,
      ),
    );
  }
  return undefined;
}
