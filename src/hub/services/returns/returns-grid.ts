import type { QuarterRates, ReturnsGrid, ReturnsGridCell, ReturnsGridQuery } from '../../../core/hub-api';
import { compareQuarters, londonDateOf, nextQuarter, previousQuarter, quarterOf } from '../../../core/time';
import { isActiveInQuarter, type ReceivedReturn, reportingRates } from '../../../core/timeliness';
import type { Queryable } from '../../db/db';
import { type ExtensionRow, listExtensions } from '../../db/queries/extensions';
import { queriesOfReturns } from '../../db/queries/hub-queries';
import { findingsOf } from '../../db/queries/return-findings';
import { currentVersionsOf, returnsOfSubContracts } from '../../db/queries/returns';
import { ProblemError } from '../../http/problems';
import type { HubReference } from './hub-reference';
import { timelinessOf } from './timeliness';

/** At most this many quarters in one grid; by default the latest ones up to the current quarter. */
export const MAX_GRID_QUARTERS = 12;
const DEFAULT_GRID_QUARTERS = 8;

/**
 * The returns grid of a prime contract (GET /api/prime-contracts/:id/returns): a row per
 * sub-contract (member), a cell per quarter with its state, T3 status (T2 once received, with any
 * extension), completeness and findings; and per quarter the T4 rates, where expected = the
 * sub-contracts active in the quarter, received = a version arrived, on time = T2 says so.
 */
export async function returnsGrid(q: Queryable, ref: HubReference, primeContractId: string, range: ReturnsGridQuery, now: Date): Promise<ReturnsGrid> {
  const pc = ref.primeContracts.get(primeContractId);
  if (!pc) throw new ProblemError('primeContractNotFound', `There is no prime contract with id '${primeContractId}'. Check the address.`);
  const quarters = gridQuarters(quarterOf(pc.start), quarterOf(pc.end), quarterOf(londonDateOf(now.toISOString())), range);
  const subs = [...ref.subContracts.values()].filter((s) => s.primeContractId === pc.id);
  const rows = await returnsOfSubContracts(q, subs.map((s) => s.id));
  const key = (sc: string, quarter: string) => `${sc}/${quarter}`;
  const byKey = new Map(rows.map((r) => [key(r.subContractId, r.quarter), r]));
  const versions = await currentVersionsOf(q, rows.map((r) => r.id));
  const findings = await findingsOf(q, [...versions.values()].map((v) => v.id));
  const openQueries = new Map<string, number>();
  for (const query of await queriesOfReturns(q, rows.map((r) => r.id))) {
    if (query.state !== 'closed') openQueries.set(query.returnId, (openQueries.get(query.returnId) ?? 0) + 1);
  }
  const extensions = new Map<string, ExtensionRow[]>();
  for (const e of (await listExtensions(q, { primeContractId: pc.id })).reverse()) {
    extensions.set(key(e.subContractId, e.quarter), [...(extensions.get(key(e.subContractId, e.quarter)) ?? []), e]);
  }

  const received = new Map<string, ReceivedReturn[]>();
  const gridRows = subs.map((s) => ({
    memberId: s.memberId,
    memberName: ref.members.get(s.memberId)?.name ?? s.memberId,
    subContractId: s.id,
    subContractName: s.name,
    cells: quarters.map((quarter): ReturnsGridCell => {
      const row = byKey.get(key(s.id, quarter));
      const exts = extensions.get(key(s.id, quarter)) ?? [];
      const expected = isActiveInQuarter(s, quarter);
      const status = expected ? timelinessOf({ quarter, primeContract: pc, row, extensions: exts }, now) : undefined;
      const version = row ? versions.get(row.id) : undefined;
      const found = version ? findings.get(version.id) : undefined;
      if (row && expected) received.set(quarter, [...(received.get(quarter) ?? []), { subContractId: s.id, quarter, onTime: status?.status === 'on time' }]);
      return {
        quarter,
        expected,
        state: row?.state ?? null,
        currentVersion: row?.currentVersion ?? null,
        timeliness: status ? { status: status.status, label: status.label } : null,
        dueDate: status?.due.dueDate ?? null,
        dueSource: status?.due.source ?? null,
        completeness: found?.completeness.score ?? null,
        errors: found?.errors ?? 0,
        warnings: found?.warnings ?? 0,
        unexplainedWarnings: found?.unexplained ?? 0,
        openQueries: row ? (openQueries.get(row.id) ?? 0) : 0,
        extension: exts.at(-1)?.state ?? null,
      };
    }),
  }));
  gridRows.sort((a, b) => a.memberName.localeCompare(b.memberName) || a.subContractName.localeCompare(b.subContractName));

  const rateSubs = subs.map((s) => ({ subContractId: s.id, memberId: s.memberId, primeContractId: s.primeContractId, start: s.start, end: s.end }));
  const rates = quarters.map((quarter): QuarterRates => {
    const { consortium } = reportingRates(quarter, rateSubs, received.get(quarter) ?? []);
    return { quarter, ...consortium };
  });
  return {
    primeContract: { id: pc.id, name: pc.name, commissioner: pc.commissioner },
    quarters,
    rows: gridRows,
    rates,
    generatedAt: now.toISOString(),
  };
}

/** The quarters asked for, or by default the latest (up to 8) from the contract's start to the current quarter. */
export function gridQuarters(first: string, last: string, current: string, range: ReturnsGridQuery): string[] {
  const to = range.to ?? (compareQuarters(current, last) < 0 ? (compareQuarters(current, first) < 0 ? first : current) : last);
  let from = range.from;
  if (from === undefined) {
    from = to;
    for (let i = 1; i < DEFAULT_GRID_QUARTERS && compareQuarters(previousQuarter(from), first) >= 0; i++) from = previousQuarter(from);
  }
  if (compareQuarters(from, to) > 0) {
    throw new ProblemError('validationFailed', `The query is not valid: from: ${from} is after ${to}.`, [{ path: 'from', message: `${from} is after ${to}` }]);
  }
  const quarters = [from];
  while (compareQuarters(quarters.at(-1)!, to) < 0) {
    quarters.push(nextQuarter(quarters.at(-1)!));
    if (quarters.length > MAX_GRID_QUARTERS) {
      const message = `A grid shows at most ${MAX_GRID_QUARTERS} quarters`;
      throw new ProblemError('validationFailed', `The query is not valid: to: ${message}.`, [{ path: 'to', message }]);
    }
  }
  return quarters;
}
