import { Hono } from 'hono';
import { RecordPaymentRequest } from '../../../core/hub-api';
import { recordPayment } from '../../services/performance/record-payment';
import type { ApiDeps } from '../api-deps';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';
import { parseJsonBody } from '../parse-body';

/**
 * Hub staff (session cookie + x-csrf-token):
 * POST /api/sub-contracts/:subContractId/payments  RecordPaymentRequest → 201 PaymentRecorded
 * What was really paid for a payment-by-results line in a quarter; P4 uses the newest entry.
 */
export function paymentRoutes(deps: ApiDeps): Hono<StaffEnv> {
  return new Hono<StaffEnv>().post('/:subContractId/payments', requireStaff(deps), async (c) => {
    const request = await parseJsonBody(c, RecordPaymentRequest);
    return c.json(await recordPayment(deps.db, c.get('staff').user, c.req.param('subContractId'), request, deps.now()), 201);
  });
}
