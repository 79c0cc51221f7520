import { Hono } from 'hono';
import { PerformanceQuery, type PrimeContractList, ReturnsGridQuery } from '../../../core/hub-api';
import { consolidatedDownload } from '../../services/performance/consolidated-download';
import { primeContractPerformance } from '../../services/performance/prime-contract-performance';
import { loadHubReference } from '../../services/returns/hub-reference';
import { returnsGrid } from '../../services/returns/returns-grid';
import type { ApiDeps } from '../api-deps';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';
import { parseQuery } from '../parse-query';

/**
 * Hub staff: GET /api/prime-contracts → PrimeContractList;
 * GET /api/prime-contracts/:primeContractId/returns?from=&to= → ReturnsGrid (members × quarters, T4 per quarter);
 * GET /api/prime-contracts/:primeContractId/performance?quarter= → PrimeContractPerformance (P1–P6);
 * GET /api/prime-contracts/:primeContractId/consolidated.csv?quarter= → the P6 consolidated return for the commissioner.
 */
export function primeContractRoutes(deps: ApiDeps): Hono<StaffEnv> {
  return new Hono<StaffEnv>()
    .get('/', requireStaff(deps), async (c) => {
      const ref = await loadHubReference(deps.db);
      const subs = [...ref.subContracts.values()];
      const body: PrimeContractList = {
        primeContracts: [...ref.primeContracts.values()].map((p) => ({
          id: p.id,
          name: p.name,
          commissioner: p.commissioner,
          start: p.start,
          end: p.end,
          subContracts: subs.filter((s) => s.primeContractId === p.id).length,
        })),
      };
      return c.json(body);
    })
    .get('/:primeContractId/returns', requireStaff(deps), async (c) => {
      const range = parseQuery(c, ReturnsGridQuery);
      const ref = await loadHubReference(deps.db);
      return c.json(await returnsGrid(deps.db, ref, c.req.param('primeContractId'), range, deps.now()));
    })
    .get('/:primeContractId/performance', requireStaff(deps), async (c) => {
      const query = parseQuery(c, PerformanceQuery);
      const ref = await loadHubReference(deps.db);
      return c.json(await primeContractPerformance(deps.db, ref, c.req.param('primeContractId'), query, deps.now()));
    })
    .get('/:primeContractId/consolidated.csv', requireStaff(deps), async (c) => {
      const query = parseQuery(c, PerformanceQuery);
      const ref = await loadHubReference(deps.db);
      const { filename, csv } = await consolidatedDownload(deps.db, ref, c.req.param('primeContractId'), query, deps.now());
      return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` });
    });
}
