import type { Query, ReturnVersion } from '../../../core/schemas';
import type { ExtensionDecision, HubReturn } from '../../../core/sync';
import type { AppDb } from '../db';
import type { StoredExtension, StoredReturnVersion } from './types';

/** The part of a pull page about returns (PullResponse's returns, queries and extensions). */
export type ReturnsPull = {
  returns: readonly HubReturn[];
  queries: readonly Query[];
  extensions: readonly ExtensionDecision[];
};

/** The tables applyReturnsPull writes: the pull's transaction must include them. */
export function returnsPullTables(db: AppDb) {
  return [db.returnVersions, db.returnQueries, db.extensions];
}

/**
 * Applies the returns part of one pull page. Call it INSIDE the transaction that applies the rest
 * of the page (over returnsPullTables(db) too), so a page is applied whole or not at all.
 * - Each HubReturn carries the hub's current version of a return: its row gets the hub's state,
 *   findings, completeness and timeliness; a version this device never had (sealed on another
 *   device of the member) is added. A version already here keeps its sealed content: the hub
 *   cannot change what was sealed.
 * - Queries and extension decisions come whole and replace what is here (same id). A local
 *   extension request is replaced by the hub's copy once the hub has it.
 */
export async function applyReturnsPull(db: AppDb, pull: ReturnsPull, now: Date): Promise<void> {
  if (pull.returns.length > 0) {
    const ids = pull.returns.map((r) => r.version.id);
    const existing = await db.returnVersions.bulkGet(ids);
    const rows = pull.returns.map((r, i) => hubRow(r, existing[i]));
    await db.returnVersions.bulkPut(rows);
  }
  if (pull.queries.length > 0) {
    const at = now.toISOString();
    await db.returnQueries.bulkPut(pull.queries.map((q) => ({ ...q, pulledAt: at })));
  }
  if (pull.extensions.length > 0) {
    const existing = await db.extensions.bulkGet(pull.extensions.map((e) => e.id));
    await db.extensions.bulkPut(
      pull.extensions.map(
        (e, i): StoredExtension => ({ ...e, requestedBy: existing[i]?.requestedBy ?? null, requestedAt: existing[i]?.requestedAt ?? null }),
      ),
    );
  }
}

function hubRow(r: HubReturn, existing: StoredReturnVersion | undefined): StoredReturnVersion {
  const data: ReturnVersion = existing?.data ?? r.version;
  return {
    id: r.version.id,
    subContractId: r.subContractId,
    quarter: r.quarter,
    version: r.version.version,
    data,
    origin: existing?.origin ?? 'hub',
    hub: {
      returnId: r.returnId,
      state: r.state,
      receivedAt: r.version.receivedAt,
      findings: r.findings,
      completeness: r.completeness,
      timeliness: r.timeliness,
      acceptedAt: r.acceptedAt,
      acceptedBy: r.acceptedBy,
      updatedAt: r.updatedAt,
    },
  };
}
