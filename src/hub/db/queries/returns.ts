import type { ReturnState, ReturnVersion } from '../../../core/schemas';
import type { Queryable } from '../db';

/** The T3 snapshot kept on a return row and sent to devices. */
export interface TimelinessSnapshot {
  status: string;
  label: string;
  dueDate: string;
}

/** One return (sub-contract + quarter) as the hub holds it. */
export interface ReturnRow {
  id: string;
  memberId: string;
  subContractId: string;
  primeContractId: string;
  quarter: string;
  state: ReturnState;
  currentVersion: number;
  firstCompleteVersion: number | null;
  firstCompleteReceivedAt: Date | null;
  sealedAtDevice: Date | null;
  skewMs: number | null;
  skewMeasuredAt: Date | null;
  timeliness: TimelinessSnapshot;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  acceptedByName: string | null;
  updatedAt: Date;
  seq: number;
}

const COLUMNS = `id, member_id as "memberId", sub_contract_id as "subContractId", prime_contract_id as "primeContractId",
  quarter, state, current_version as "currentVersion", first_complete_version as "firstCompleteVersion",
  first_complete_received_at as "firstCompleteReceivedAt", sealed_at_device as "sealedAtDevice", skew_ms as "skewMs",
  skew_measured_at as "skewMeasuredAt", timeliness, accepted_at as "acceptedAt", accepted_by as "acceptedBy",
  accepted_by_name as "acceptedByName", updated_at as "updatedAt", seq`;

/** The return of a sub-contract's quarter; `forUpdate` locks the row until the transaction ends. */
export async function findReturn(q: Queryable, subContractId: string, quarter: string, forUpdate = false): Promise<ReturnRow | undefined> {
  const { rows } = await q.query<ReturnRow>(
    `select ${COLUMNS} from returns where sub_contract_id = $1 and quarter = $2${forUpdate ? ' for update' : ''}`,
    [subContractId, quarter],
  );
  return rows[0];
}

export async function findReturnById(q: Queryable, id: string): Promise<ReturnRow | undefined> {
  const { rows } = await q.query<ReturnRow>(`select ${COLUMNS} from returns where id = $1`, [id]);
  return rows[0];
}

/** Every return of the given sub-contracts (the grid's and validation's history). */
export async function returnsOfSubContracts(q: Queryable, subContractIds: readonly string[]): Promise<ReturnRow[]> {
  if (subContractIds.length === 0) return [];
  const { rows } = await q.query<ReturnRow>(
    `select ${COLUMNS} from returns where sub_contract_id = any(array(select jsonb_array_elements_text($1::jsonb)))
      order by sub_contract_id, quarter`,
    [JSON.stringify(subContractIds)],
  );
  return rows;
}

export async function memberReturnsBetween(q: Queryable, memberId: string, since: number, upTo: number): Promise<ReturnRow[]> {
  const { rows } = await q.query<ReturnRow>(
    `select ${COLUMNS} from returns where member_id = $1 and seq > $2 and seq <= $3 order by seq`,
    [memberId, since, upTo],
  );
  return rows;
}

export async function insertReturn(q: Queryable, row: ReturnRow): Promise<void> {
  await q.query(
    `insert into returns (id, member_id, sub_contract_id, prime_contract_id, quarter, state, current_version,
       first_complete_version, first_complete_received_at, sealed_at_device, skew_ms, skew_measured_at, timeliness,
       accepted_at, accepted_by, accepted_by_name, updated_at, seq)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      row.id,
      row.memberId,
      row.subContractId,
      row.primeContractId,
      row.quarter,
      row.state,
      row.currentVersion,
      ...returnTail(row),
    ],
  );
}

/** Writes everything that may change on a return (not its identity). */
export async function updateReturn(q: Queryable, row: ReturnRow): Promise<void> {
  await q.query(
    `update returns set state = $2, current_version = $3, first_complete_version = $4, first_complete_received_at = $5,
       sealed_at_device = $6, skew_ms = $7, skew_measured_at = $8, timeliness = $9, accepted_at = $10, accepted_by = $11,
       accepted_by_name = $12, updated_at = $13, seq = $14
     where id = $1`,
    [row.id, row.state, row.currentVersion, ...returnTail(row)],
  );
}

function returnTail(row: ReturnRow): unknown[] {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return [
    row.firstCompleteVersion,
    iso(row.firstCompleteReceivedAt),
    iso(row.sealedAtDevice),
    row.skewMs,
    iso(row.skewMeasuredAt),
    JSON.stringify(row.timeliness),
    iso(row.acceptedAt),
    row.acceptedBy,
    row.acceptedByName,
    row.updatedAt.toISOString(),
    row.seq,
  ];
}

/** One stored version. */
export interface VersionRow {
  id: string;
  returnId: string;
  version: number;
  data: ReturnVersion;
  receivedAt: Date;
  deviceId: string;
  personId: string;
  changeId: string | null;
  skewAtReceiptMs: number | null;
}

const versionColumns = (t = '') => `${t}id, ${t}return_id as "returnId", ${t}version, ${t}data, ${t}received_at as "receivedAt",
  ${t}device_id as "deviceId", ${t}person_id as "personId", ${t}change_id as "changeId", ${t}skew_at_receipt_ms as "skewAtReceiptMs"`;
const VERSION_COLUMNS = versionColumns();

export async function insertVersion(q: Queryable, row: VersionRow): Promise<void> {
  await q.query(
    `insert into return_versions (id, return_id, version, data, received_at, device_id, person_id, change_id, skew_at_receipt_ms)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.id,
      row.returnId,
      row.version,
      JSON.stringify(row.data),
      row.receivedAt.toISOString(),
      row.deviceId,
      row.personId,
      row.changeId,
      row.skewAtReceiptMs,
    ],
  );
}

export async function findVersionById(q: Queryable, id: string): Promise<VersionRow | undefined> {
  const { rows } = await q.query<VersionRow>(`select ${VERSION_COLUMNS} from return_versions where id = $1`, [id]);
  return rows[0];
}

/** All versions of a return, oldest first. */
export async function versionsOf(q: Queryable, returnId: string): Promise<VersionRow[]> {
  const { rows } = await q.query<VersionRow>(`select ${VERSION_COLUMNS} from return_versions where return_id = $1 order by version`, [
    returnId,
  ]);
  return rows;
}

/** The current version of each of the given returns. */
export async function currentVersionsOf(q: Queryable, returnIds: readonly string[]): Promise<Map<string, VersionRow>> {
  if (returnIds.length === 0) return new Map();
  const { rows } = await q.query<VersionRow>(
    `select ${versionColumns('v.')}
       from return_versions v join returns r on r.id = v.return_id and r.current_version = v.version
      where r.id = any(array(select jsonb_array_elements_text($1::jsonb)))`,
    [JSON.stringify(returnIds)],
  );
  return new Map(rows.map((r) => [r.returnId, r]));
}
