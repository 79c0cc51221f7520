import { PaymentRecorded, PerformanceQuery, PrimeContractPerformance, RecordPaymentRequest } from '../../../../core/hub-api';
import { checked, type HubClient } from '../../../hub-api';

// The performance screen's hub addresses. They sit beside the screen rather than in
// src/app/hub-api only because that folder belonged to another change when this was written;
// they use the same HubClient (so the answer is checked with the core's schema).

const base = (primeContractId: string) => `/api/prime-contracts/${encodeURIComponent(primeContractId)}`;
const quarterQuery = (quarter: string | undefined) => (quarter ? `?quarter=${encodeURIComponent(quarter)}` : '');

/** GET /api/prime-contracts/:id/performance: P1–P6 for one quarter (the latest ended without one). */
export async function getPerformance(client: HubClient, primeContractId: string, query: PerformanceQuery = {}): Promise<PrimeContractPerformance> {
  const { quarter } = checked(PerformanceQuery, query);
  return client.get(`${base(primeContractId)}/performance${quarterQuery(quarter)}`, PrimeContractPerformance);
}

/** Where the commissioner's CSV of the consolidated return (P6, small counts as "<5") downloads from. */
export function consolidatedCsvHref(primeContractId: string, quarter: string): string {
  return `${base(primeContractId)}/consolidated.csv${quarterQuery(quarter)}`;
}

/** POST /api/sub-contracts/:id/payments: what was really paid for one payment-by-results line in a quarter (P4). */
export async function recordPayment(client: HubClient, subContractId: string, request: RecordPaymentRequest): Promise<PaymentRecorded> {
  return client.send('POST', `/api/sub-contracts/${encodeURIComponent(subContractId)}/payments`, PaymentRecorded, checked(RecordPaymentRequest, request));
}
