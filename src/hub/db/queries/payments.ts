import type { Queryable } from '../db';

/** One entry of the payments table: what hub staff recorded as really paid for a P4 line. */
export interface PaymentRow {
  id: string;
  subContractId: string;
  quarter: string;
  indicatorId: string;
  paidPence: number;
  reason: string;
  recordedBy: string;
  recordedAt: Date;
}

/** A payment with the display name of the hub staff user who recorded it. */
export interface RecordedPayment extends PaymentRow {
  recordedByName: string;
}

/** Adds one entry. Entries are never updated or deleted: a correction is a newer entry. */
export async function insertPayment(q: Queryable, row: PaymentRow): Promise<void> {
  await q.query(
    `insert into payments (id, sub_contract_id, quarter, indicator_id, paid_pence, reason, recorded_by, recorded_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [row.id, row.subContractId, row.quarter, row.indicatorId, row.paidPence, row.reason, row.recordedBy, row.recordedAt.toISOString()],
  );
}

/**
 * The newest entry per (sub-contract, indicator) for the given sub-contracts in one quarter: the
 * ones P4 counts. Ties on recorded_at go to the later id (UUIDv7 ids sort by time of making).
 * The recorder's name is today's display name of the hub user (kept even if their access is removed).
 */
export async function newestPaymentsOf(q: Queryable, subContractIds: readonly string[], quarter: string): Promise<RecordedPayment[]> {
  if (subContractIds.length === 0) return [];
  const { rows } = await q.query<RecordedPayment>(
    `select distinct on (p.sub_contract_id, p.indicator_id)
            p.id, p.sub_contract_id as "subContractId", p.quarter, p.indicator_id as "indicatorId", p.paid_pence as "paidPence",
            p.reason, p.recorded_by::text as "recordedBy", p.recorded_at as "recordedAt", u.display_name as "recordedByName"
       from payments p join hub_users u on u.id = p.recorded_by
      where p.sub_contract_id = any(array(select jsonb_array_elements_text($1::jsonb))) and p.quarter = $2
      order by p.sub_contract_id, p.indicator_id, p.recorded_at desc, p.id desc`,
    [JSON.stringify(subContractIds), quarter],
  );
  return rows;
}
