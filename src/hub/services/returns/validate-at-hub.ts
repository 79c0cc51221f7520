import type { ReturnVersion } from '../../../core/schemas';
import { type ValidationResult, prepareRecordsAggregate, validateReturn } from '../../../core/validation';
import type { Queryable } from '../../db/db';
import type { FindingsRow } from '../../db/queries/return-findings';
import { currentVersionsOf, returnsOfSubContracts } from '../../db/queries/returns';
import { liveRecordsOf } from '../../db/queries/sub-contract-records';
import type { HubReference, SubContractContext } from './hub-reference';

/**
 * The sub-contract's returns of earlier quarters, newest version of each, for A5 and A6: the ones
 * the hub holds, and the history loaded with the reference data for quarters the hub has none of.
 */
export async function earlierReturns(q: Queryable, ref: HubReference, subContractId: string, quarter: string): Promise<ReturnVersion[]> {
  const rows = (await returnsOfSubContracts(q, [subContractId])).filter((r) => r.quarter < quarter);
  const current = await currentVersionsOf(q, rows.map((r) => r.id));
  const held = [...current.values()].map((v) => v.data);
  const heldQuarters = new Set(held.map((r) => r.quarter));
  const history = ref.historyReturns.filter((r) => r.subContractId === subContractId && r.quarter < quarter && !heldQuarters.has(r.quarter));
  return [...history, ...held];
}

/**
 * Validates a received version as only the hub can (DESIGN §4): the core's validateReturn at stage
 * 'received', with the hub's own aggregate of the member's synced records for the sub-contract and
 * quarter (A4, and A5's year to date), the sub-contract's earlier returns (A5, A6) and its profiles.
 * `withRecords: false` for history loaded at first start, whose records the hub never had.
 */
export async function validateAtHub(
  q: Queryable,
  ref: HubReference,
  sc: SubContractContext,
  ret: ReturnVersion,
  options: { withRecords: boolean },
): Promise<ValidationResult> {
  const { subContract, template, primeContract, profiles } = sc;
  const base = { template, indicators: ref.indicators, categorySets: ref.categorySets, subContract };
  const recordsAggregate = options.withRecords
    ? prepareRecordsAggregate(await liveRecordsOf(q, subContract.memberId, subContract.id), { ...base, quarter: ret.quarter })
    : undefined;
  return validateReturn(ret, {
    ...base,
    settings: primeContract.settings,
    profiles,
    stage: 'received',
    ...(recordsAggregate ? { recordsAggregate } : {}),
    previousReturns: await earlierReturns(q, ref, subContract.id, ret.quarter),
  });
}

/** A version counts as complete for T2 when no C rule found an error in it. */
export function findingsRow(versionId: string, result: ValidationResult, at: Date): FindingsRow {
  const errors = result.findings.filter((f) => f.severity === 'error');
  return {
    versionId,
    findings: result.findings,
    completeness: result.completeness,
    errors: errors.length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
    unexplained: result.unexplained.length,
    complete: !errors.some((f) => f.ruleId.startsWith('C')),
    validatedAt: at,
  };
}
