import type { RecordData } from '../../../core/schemas';
import type { Queryable } from '../db';

/** The live (not deleted) records a member synced for one sub-contract: the hub's side of A4 and A5. */
export async function liveRecordsOf(q: Queryable, memberId: string, subContractId: string): Promise<RecordData[]> {
  const { rows } = await q.query<{ data: RecordData }>(
    'select data from records where member_id = $1 and sub_contract_id = $2 and not deleted and data is not null',
    [memberId, subContractId],
  );
  return rows.map((r) => r.data);
}
