import type { Query } from '../../../core/schemas';
import type { ExtensionDecision, HubReturn } from '../../../core/sync';
import type { Queryable } from '../../db/db';
import { type ExtensionRow, memberExtensionsBetween } from '../../db/queries/extensions';
import { type AnswerRow, answersOf, memberQueriesBetween, type QueryRow } from '../../db/queries/hub-queries';
import { findingsOf } from '../../db/queries/return-findings';
import { currentVersionsOf, memberReturnsBetween } from '../../db/queries/returns';

/**
 * The member's returns, queries and extension decisions that changed after `since` up to `upTo`
 * (pull, DESIGN §5): each whole, as it is now. Only the device's member's rows are read.
 */
export async function memberReturnChanges(
  q: Queryable,
  memberId: string,
  since: number,
  upTo: number,
): Promise<{ returns: HubReturn[]; queries: Query[]; extensions: ExtensionDecision[] }> {
  const rows = await memberReturnsBetween(q, memberId, since, upTo);
  const versions = await currentVersionsOf(q, rows.map((r) => r.id));
  const findings = await findingsOf(q, [...versions.values()].map((v) => v.id));
  const returns = rows.flatMap((row): HubReturn[] => {
    const version = versions.get(row.id);
    if (!version) return [];
    const found = findings.get(version.id);
    return [
      {
        returnId: row.id,
        memberId: row.memberId,
        subContractId: row.subContractId,
        quarter: row.quarter,
        state: row.state,
        version: { ...version.data, state: row.state, receivedAt: version.receivedAt.toISOString() },
        findings: found?.findings ?? [],
        completeness: found?.completeness.score ?? 0,
        timeliness: row.timeliness as HubReturn['timeliness'],
        acceptedAt: row.acceptedAt?.toISOString() ?? null,
        acceptedBy: row.acceptedByName,
        updatedAt: row.updatedAt.toISOString(),
      },
    ];
  });
  const queryRows = await memberQueriesBetween(q, memberId, since, upTo);
  const answers = await answersOf(q, queryRows.map((r) => r.id));
  const extensions = (await memberExtensionsBetween(q, memberId, since, upTo)).map(extensionDecision);
  return { returns, queries: queryRows.map((r) => queryOf(r, answers)), extensions };
}

/** A query as the core's Query schema has it, with its answers oldest first. */
export function queryOf(row: QueryRow, answers: readonly AnswerRow[]): Query {
  return {
    id: row.id,
    returnId: row.returnId,
    returnVersion: row.returnVersion,
    path: row.path,
    question: row.question,
    raisedBy: row.raisedByName,
    raisedAt: row.raisedAt.toISOString(),
    state: row.state,
    answers: answers.filter((a) => a.queryId === row.id).map((a) => ({ by: a.byName, at: a.answeredAt.toISOString(), comment: a.comment })),
  };
}

export function extensionDecision(row: ExtensionRow): ExtensionDecision {
  return {
    id: row.id,
    subContractId: row.subContractId,
    quarter: row.quarter,
    requestedDueDate: row.requestedDueDate,
    reason: row.reason,
    state: row.state,
    decidedBy: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionReason: row.decisionReason,
    grantedDueDate: row.grantedDueDate,
  };
}
