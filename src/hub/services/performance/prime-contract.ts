import type { PrimeContract } from '../../../core/schemas';
import { ProblemError } from '../../http/problems';
import type { HubReference } from '../returns/hub-reference';

/** The prime contract, or the 404 the returns grid gives for an unknown one. */
export function primeContractOf(ref: HubReference, primeContractId: string): PrimeContract {
  const pc = ref.primeContracts.get(primeContractId);
  if (!pc) throw new ProblemError('primeContractNotFound', `There is no prime contract with id '${primeContractId}'. Check the address.`);
  return pc;
}
