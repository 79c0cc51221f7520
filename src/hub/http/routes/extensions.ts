import { Hono } from 'hono';
import { DeclineExtensionRequest, type ExtensionList, ExtensionListQuery, GrantExtensionRequest } from '../../../core/hub-api';
import { listExtensions } from '../../db/queries/extensions';
import { decideExtensionRequest } from '../../services/returns/decide-extension';
import { loadHubReference } from '../../services/returns/hub-reference';
import { extensionView } from '../../services/returns/return-detail';
import type { ApiDeps } from '../api-deps';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';
import { parseJsonBody } from '../parse-body';
import { parseQuery } from '../parse-query';

/**
 * Hub staff, extensions (session cookie; x-csrf-token on writes):
 * GET  /api/extensions?state=&primeContractId=      → ExtensionList, newest first
 * POST /api/extensions/:extensionId/grant           GrantExtensionRequest → ExtensionView
 * POST /api/extensions/:extensionId/decline         DeclineExtensionRequest → ExtensionView
 * A request already decided gets 409.
 */
export function extensionRoutes(deps: ApiDeps): Hono<StaffEnv> {
  return new Hono<StaffEnv>()
    .get('/', requireStaff(deps), async (c) => {
      const filter = parseQuery(c, ExtensionListQuery);
      const ref = await loadHubReference(deps.db);
      const body: ExtensionList = { extensions: (await listExtensions(deps.db, filter)).map((e) => extensionView(ref, e)) };
      return c.json(body);
    })
    .post('/:extensionId/grant', requireStaff(deps), async (c) => {
      const request = await parseJsonBody(c, GrantExtensionRequest);
      const input = { kind: 'grant' as const, extensionId: c.req.param('extensionId'), request };
      const { ref, row } = await decideExtensionRequest(deps.db, c.get('staff').user, input, deps.now());
      return c.json(extensionView(ref, row));
    })
    .post('/:extensionId/decline', requireStaff(deps), async (c) => {
      const { reason } = await parseJsonBody(c, DeclineExtensionRequest);
      const input = { kind: 'decline' as const, extensionId: c.req.param('extensionId'), reason };
      const { ref, row } = await decideExtensionRequest(deps.db, c.get('staff').user, input, deps.now());
      return c.json(extensionView(ref, row));
    });
}
