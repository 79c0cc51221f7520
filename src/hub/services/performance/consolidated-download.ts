import type { PerformanceQuery } from '../../../core/hub-api';
import { p6ConsolidatedReturn, publishConsolidatedReturn } from '../../../core/performance';
import type { Queryable } from '../../db/db';
import type { HubReference } from '../returns/hub-reference';
import { consolidatedCsv } from './consolidated-csv';
import { heldReturns } from './held-returns';
import { performanceQuarter } from './performance-quarter';
import { primeContractOf } from './prime-contract';

/**
 * GET /api/prime-contracts/:id/consolidated.csv: the quarter's P6 consolidated return from accepted
 * and locked returns, published (small counts suppressed), as a CSV file and its name.
 */
export async function consolidatedDownload(q: Queryable, ref: HubReference, primeContractId: string, query: PerformanceQuery, now: Date): Promise<{ filename: string; csv: string }> {
  const pc = primeContractOf(ref, primeContractId);
  const { quarter } = performanceQuarter(pc, query.quarter, now);
  const subContracts = [...ref.subContracts.values()].filter((s) => s.primeContractId === pc.id);
  const returns = await heldReturns(q, ref, subContracts.map((s) => s.id));
  const consolidated = p6ConsolidatedReturn({ primeContractId: pc.id, quarter, subContracts, indicators: ref.indicators, returns });
  return { filename: `consolidated-${pc.id}-${quarter}.csv`, csv: consolidatedCsv(publishConsolidatedReturn(consolidated), ref) };
}
