import type { QuarterId } from '../../core/schemas';
import { quarterSealedIn, sealedReason } from '../store/quarterSealedIn';
import { referenceWithReturns as reference } from './returnsData';

/** Whether the quarter's return for the sub-contract is sealed (its records are read-only). */
export function isQuarterSealed(subContractId: string, quarter: QuarterId): boolean {
  const data = reference.value;
  return data ? quarterSealedIn(data, subContractId, quarter) !== null : false;
}

/** Why the sub-contract's quarter is read-only, or null while it is open. */
export function sealedReasonFor(subContractId: string, quarter: QuarterId): string | null {
  const data = reference.value;
  const sealed = data ? quarterSealedIn(data, subContractId, quarter) : null;
  return data && sealed ? sealedReason(data, sealed) : null;
}
