import type { QuarterId, ReferenceData, ReturnVersion } from '../../core/schemas';
import { describeDate, londonDateOf, quarterLabel } from '../../core/time';

/**
 * The return that closes this sub-contract's quarter to changes, or null while it is open.
 * A quarter is open while its newest return version is a draft (or there is none yet); once
 * sealed, its records are what the return was made from, so they stay as they are.
 */
export function quarterSealedIn(reference: ReferenceData, subContractId: string, quarter: QuarterId): ReturnVersion | null {
  let newest: ReturnVersion | null = null;
  for (const r of reference.returns) {
    if (r.subContractId !== subContractId || r.quarter !== quarter) continue;
    if (newest === null || r.version > newest.version) newest = r;
  }
  return newest !== null && newest.state !== 'draft' ? newest : null;
}

/** Why records of a sealed quarter are read-only, in plain English. */
export function sealedReason(reference: ReferenceData, sealed: ReturnVersion): string {
  const subContract = reference.subContracts.find((s) => s.id === sealed.subContractId)?.name ?? 'this sub-contract';
  const when = sealed.seal ? ` on ${describeDate(londonDateOf(sealed.seal.sealedAtDevice))}` : '';
  return `The ${quarterLabel(sealed.quarter)} return for ${subContract} was sealed${when}, so its records can no longer be changed.`;
}
