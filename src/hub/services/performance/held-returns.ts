import type { ReturnVersion } from '../../../core/schemas';
import type { Queryable } from '../../db/db';
import { currentVersionsOf, returnsOfSubContracts } from '../../db/queries/returns';
import type { HubReference } from '../returns/hub-reference';

/**
 * The returns performance is judged on, for the given sub-contracts: the newest version the hub
 * has received of each quarter's return, in any state, as the return detail shows it. Each carries
 * the state of the hub's return (a version's own data keeps the state it was sent in), so P6 can
 * keep to accepted and locked ones. History loaded with the reference data fills quarters the hub
 * holds no return for (as validation's earlier returns do).
 */
export async function heldReturns(q: Queryable, ref: HubReference, subContractIds: readonly string[]): Promise<ReturnVersion[]> {
  const rows = await returnsOfSubContracts(q, subContractIds);
  const versions = await currentVersionsOf(q, rows.map((r) => r.id));
  const held: ReturnVersion[] = [];
  for (const row of rows) {
    const version = versions.get(row.id);
    if (version) held.push({ ...version.data, state: row.state });
  }
  const heldKeys = new Set(held.map((r) => `${r.subContractId}/${r.quarter}`));
  const wanted = new Set(subContractIds);
  const history = ref.historyReturns.filter((r) => wanted.has(r.subContractId) && !heldKeys.has(`${r.subContractId}/${r.quarter}`));
  return [...history, ...held];
}
