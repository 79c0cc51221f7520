import type { ExtensionView, ReturnDetail, ReturnEvent, VersionSummary } from '../../../core/hub-api';
import { findingKey } from '../../../core/schemas';
import { QuarterId, quarterLabel } from '../../../core/time';
import { isActiveInQuarter } from '../../../core/timeliness';
import type { Queryable } from '../../db/db';
import { type ExtensionRow, extensionsOfReturn } from '../../db/queries/extensions';
import { answersOf, queriesOfReturns } from '../../db/queries/hub-queries';
import { eventsOf, type ReturnEventRow } from '../../db/queries/return-events';
import { findingsOf } from '../../db/queries/return-findings';
import { findReturn, versionsOf } from '../../db/queries/returns';
import { ProblemError } from '../../http/problems';
import { acceptBlockers } from './accept-blockers';
import { detailFigures } from './detail-figures';
import { differenceNames } from './difference-names';
import { type HubReference, type SubContractContext, subContractContext } from './hub-reference';
import { extensionDecision, queryOf } from './member-return-changes';
import { timelinessOf } from './timeliness';
import { earlierReturns } from './validate-at-hub';
import { versionDifferences } from './version-differences';

/** The sub-contract and quarter of an expected return, or a 404 naming what is wrong. */
export function expectedReturn(ref: HubReference, subContractId: string, quarter: string): SubContractContext {
  const sc = subContractContext(ref, subContractId);
  if (!sc) throw new ProblemError('returnNotFound', `There is no sub-contract with id '${subContractId}'. Check the address.`);
  if (!QuarterId.safeParse(quarter).success) {
    throw new ProblemError('returnNotFound', `'${quarter}' is not a quarter: write it as YYYY-Qn, e.g. 2026-Q1.`);
  }
  if (!isActiveInQuarter(sc.subContract, quarter)) {
    throw new ProblemError('returnNotFound', `${sc.subContract.name} does not run in ${quarterLabel(quarter)}, so no return is expected.`);
  }
  return sc;
}

/** Everything hub staff see about one return (GET /api/returns/:subContractId/:quarter). */
export async function returnDetail(q: Queryable, ref: HubReference, subContractId: string, quarter: string, now: Date): Promise<ReturnDetail> {
  const sc = expectedReturn(ref, subContractId, quarter);
  const row = await findReturn(q, subContractId, quarter);
  const versions = row ? await versionsOf(q, row.id) : [];
  const findings = await findingsOf(q, versions.map((v) => v.id));
  const current = versions.at(-1);
  const currentFindings = current ? findings.get(current.id) : undefined;
  const queries = row ? await queriesOfReturns(q, [row.id]) : [];
  const answers = await answersOf(q, queries.map((x) => x.id));
  const extensions = await extensionsOfReturn(q, subContractId, quarter);
  const earlier = await earlierReturns(q, ref, subContractId, quarter);
  const names = differenceNames(ref, sc.template);
  const explanations = current?.data.explanations ?? {};
  const blockers = acceptBlockers(row?.state ?? null, currentFindings);

  const versionSummaries = versions.map((v, i): VersionSummary => {
    const found = findings.get(v.id);
    const previous = versions[i - 1];
    return {
      id: v.id,
      version: v.version,
      receivedAt: v.receivedAt.toISOString(),
      deviceId: v.deviceId,
      personId: v.personId,
      sealedBy: v.data.seal?.managerName ?? '',
      sealedAtDevice: v.data.seal?.sealedAtDevice ?? v.receivedAt.toISOString(),
      sealedAtCorrected: v.data.seal?.sealedAtCorrected ?? v.receivedAt.toISOString(),
      skewMs: v.skewAtReceiptMs,
      completeness: found?.completeness.score ?? 0,
      errors: found?.errors ?? 0,
      warnings: found?.warnings ?? 0,
      differences: previous ? versionDifferences(previous.data, v.data, names) : [],
    };
  });

  return {
    returnId: row?.id ?? null,
    subContractId,
    subContractName: sc.subContract.name,
    memberId: sc.member.id,
    memberName: sc.member.name,
    primeContractId: sc.primeContract.id,
    primeContractName: sc.primeContract.name,
    quarter,
    quarterLabel: quarterLabel(quarter),
    state: row?.state ?? null,
    currentVersion: row?.currentVersion ?? null,
    firstCompleteReceivedAt: row?.firstCompleteReceivedAt?.toISOString() ?? null,
    acceptedAt: row?.acceptedAt?.toISOString() ?? null,
    acceptedBy: row?.acceptedByName ?? null,
    timeliness: timelinessOf({ quarter, primeContract: sc.primeContract, row, extensions }, now),
    nil: current?.data.nil ?? null,
    figures: detailFigures(ref, sc, quarter, current?.data, current ? [...earlier, current.data] : earlier),
    narrative: sc.template.narrative.map((n) => ({ id: n.id, label: n.label, text: current?.data.narrative[n.id] ?? '' })),
    finance: sc.template.financeLines.map((l) => ({ id: l.id, label: l.label, pence: current?.data.finance[l.id] ?? null })),
    completeness: currentFindings?.completeness ?? null,
    findings: (currentFindings?.findings ?? []).map((f) => ({ ...f, key: findingKey(f), explanation: explanations[findingKey(f)] ?? null })),
    canAccept: row !== undefined && blockers.length === 0,
    acceptBlockers: blockers,
    versions: versionSummaries,
    queries: queries.map((x) => queryOf(x, answers)),
    extensions: extensions.map((e) => extensionView(ref, e)),
    events: (await eventsOf(q, subContractId, quarter)).map(eventView),
  };
}

export function extensionView(ref: HubReference, row: ExtensionRow): ExtensionView {
  return {
    ...extensionDecision(row),
    memberId: row.memberId,
    memberName: ref.members.get(row.memberId)?.name ?? row.memberId,
    requestedBy: row.requestedByName,
    requestedAt: row.requestedAt?.toISOString() ?? null,
  };
}

function eventView(e: ReturnEventRow): ReturnEvent {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorKind: e.actor.kind,
    actorId: e.actor.id,
    actorName: e.actor.name,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    version: e.version,
    reason: e.reason,
    summary: e.summary,
  };
}
