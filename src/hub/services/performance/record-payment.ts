import type { PaymentRecorded, RecordPaymentRequest, StaffUser } from '../../../core/hub-api';
import type { Db } from '../../db/db';
import { insertPayment } from '../../db/queries/payments';
import { ProblemError } from '../../http/problems';
import { uuidv7 } from '../uuidv7';
import { loadHubReference } from '../returns/hub-reference';
import { performanceQuarter } from './performance-quarter';
import { primeContractOf } from './prime-contract';

/**
 * POST /api/sub-contracts/:subContractId/payments: hub staff record what was really paid for one
 * payment-by-results line in one quarter, so P4 stops assuming payment on profile for it. Checked
 * before anything is written: the sub-contract exists (404.10), the quarter is in its prime
 * contract's term (404.9, as the performance view refuses it) and the indicator is one of its
 * payment-by-results lines (422.1, naming the ones allowed). A new entry never replaces a row:
 * the newest counts and every earlier one is kept.
 */
export async function recordPayment(db: Db, user: StaffUser, subContractId: string, request: RecordPaymentRequest, now: Date): Promise<PaymentRecorded> {
  return db.transaction(async (tx) => {
    const ref = await loadHubReference(tx);
    const subContract = ref.subContracts.get(subContractId);
    if (!subContract) throw new ProblemError('subContractNotFound', `There is no sub-contract with id '${subContractId}'. Check the address.`);
    performanceQuarter(primeContractOf(ref, subContract.primeContractId), request.quarter, now);
    if (!subContract.paymentByResults.some((l) => l.indicatorId === request.indicatorId)) {
      const names = new Map(ref.indicators.map((i) => [i.id, i.name]));
      const allowed = subContract.paymentByResults.map((l) => `${names.get(l.indicatorId) ?? l.indicatorId} (${l.indicatorId})`);
      const message =
        allowed.length === 0
          ? `${subContract.name} pays nothing by results, so there is no payment to record`
          : `${subContract.name} pays by results only for ${allowed.join(', ')}; '${request.indicatorId}' is not one of them`;
      throw new ProblemError('indicatorNotPaidByResults', `${message}.`, [{ path: 'indicatorId', message }]);
    }
    const row = { id: uuidv7(now), subContractId, ...request, recordedBy: user.id, recordedAt: now };
    await insertPayment(tx, row);
    return { ...request, id: row.id, subContractId, recordedBy: user.displayName, recordedAt: now.toISOString() };
  });
}
