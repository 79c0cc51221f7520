import type { VolunteerHoursRecord } from '../../../core/schemas';
import type { Queryable } from '../db';

/**
 * The live (not deleted) volunteer-hours records synced for the given sub-contracts, dated from
 * `from` to `to` inclusive (ISO dates compare as text): P5's hours for a quarter. Only this type is
 * read, so a sub-contract's many contact records are not fetched to be thrown away.
 */
export async function volunteerHoursRecordsOf(
  q: Queryable,
  subContractIds: readonly string[],
  from: string,
  to: string,
): Promise<VolunteerHoursRecord[]> {
  if (subContractIds.length === 0) return [];
  const { rows } = await q.query<{ data: VolunteerHoursRecord }>(
    `select data from records
      where sub_contract_id = any(array(select jsonb_array_elements_text($1::jsonb)))
        and type = 'volunteer-hours' and not deleted and data is not null
        and data->>'date' >= $2 and data->>'date' <= $3`,
    [JSON.stringify(subContractIds), from, to],
  );
  return rows.map((r) => r.data);
}
