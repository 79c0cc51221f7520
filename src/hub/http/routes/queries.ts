import { Hono } from 'hono';
import { CloseQueryRequest } from '../../../core/hub-api';
import { closeQuery } from '../../services/returns/close-query';
import { loadHubReference } from '../../services/returns/hub-reference';
import { returnDetail } from '../../services/returns/return-detail';
import type { ApiDeps } from '../api-deps';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';
import { parseJsonBody } from '../parse-body';

/** Hub staff: POST /api/queries/:queryId/close (x-csrf-token) CloseQueryRequest → ReturnDetail of its return. */
export function queryRoutes(deps: ApiDeps): Hono<StaffEnv> {
  return new Hono<StaffEnv>().post('/:queryId/close', requireStaff(deps), async (c) => {
    const body = await parseJsonBody(c, CloseQueryRequest);
    const { subContractId, quarter } = await closeQuery(deps.db, c.get('staff').user, c.req.param('queryId'), body.note, deps.now());
    return c.json(await returnDetail(deps.db, await loadHubReference(deps.db), subContractId, quarter, deps.now()));
  });
}
