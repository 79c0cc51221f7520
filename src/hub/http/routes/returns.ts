import { Hono } from 'hono';
import { AcceptReturnRequest, GrantUnrequestedExtensionRequest, RaiseQueryRequest, ReopenReturnRequest } from '../../../core/hub-api';
import { acceptReturn } from '../../services/returns/accept-return';
import { decideExtensionRequest } from '../../services/returns/decide-extension';
import { loadHubReference } from '../../services/returns/hub-reference';
import { raiseQuery } from '../../services/returns/raise-query';
import { reopenReturn } from '../../services/returns/reopen-return';
import { extensionView, returnDetail } from '../../services/returns/return-detail';
import { type StaffWrite, staffReturnWrite } from '../../services/returns/staff-actions';
import type { ApiDeps } from '../api-deps';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';
import { parseJsonBody } from '../parse-body';

/**
 * Hub staff, one return (a sub-contract's quarter), session cookie and x-csrf-token on writes:
 * GET  /api/returns/:subContractId/:quarter            → ReturnDetail
 * POST /api/returns/:subContractId/:quarter/queries    RaiseQueryRequest → 201 ReturnDetail
 * POST /api/returns/:subContractId/:quarter/accept     AcceptReturnRequest → ReturnDetail (locked); 409 while errors or unexplained warnings remain
 * POST /api/returns/:subContractId/:quarter/reopen     ReopenReturnRequest → ReturnDetail
 * POST /api/returns/:subContractId/:quarter/extension  GrantUnrequestedExtensionRequest → 201 ExtensionView
 */
export function returnRoutes(deps: ApiDeps): Hono<StaffEnv> {
  const detail = async (subContractId: string, quarter: string) =>
    returnDetail(deps.db, await loadHubReference(deps.db), subContractId, quarter, deps.now());
  const write = (subContractId: string, quarter: string, fn: (w: StaffWrite) => Promise<void>) =>
    staffReturnWrite(deps.db, subContractId, quarter, fn);

  return new Hono<StaffEnv>()
    .get('/:subContractId/:quarter', requireStaff(deps), async (c) => {
      const { subContractId, quarter } = c.req.param();
      return c.json(await detail(subContractId, quarter));
    })
    .post('/:subContractId/:quarter/queries', requireStaff(deps), async (c) => {
      const { subContractId, quarter } = c.req.param();
      const body = await parseJsonBody(c, RaiseQueryRequest);
      await write(subContractId, quarter, (w) => raiseQuery(w, c.get('staff').user, body, deps.now()));
      return c.json(await detail(subContractId, quarter), 201);
    })
    .post('/:subContractId/:quarter/accept', requireStaff(deps), async (c) => {
      const { subContractId, quarter } = c.req.param();
      const body = await parseJsonBody(c, AcceptReturnRequest);
      await write(subContractId, quarter, (w) => acceptReturn(w, c.get('staff').user, body.version, deps.now()));
      return c.json(await detail(subContractId, quarter));
    })
    .post('/:subContractId/:quarter/reopen', requireStaff(deps), async (c) => {
      const { subContractId, quarter } = c.req.param();
      const body = await parseJsonBody(c, ReopenReturnRequest);
      await write(subContractId, quarter, (w) => reopenReturn(w, c.get('staff').user, body, deps.now()));
      return c.json(await detail(subContractId, quarter));
    })
    .post('/:subContractId/:quarter/extension', requireStaff(deps), async (c) => {
      const { subContractId, quarter } = c.req.param();
      const request = await parseJsonBody(c, GrantUnrequestedExtensionRequest);
      const { ref, row } = await decideExtensionRequest(
        deps.db,
        c.get('staff').user,
        { kind: 'grant-unrequested', subContractId, quarter, request },
        deps.now(),
      );
      return c.json(extensionView(ref, row), 201);
    });
}
