import { type QuarterId, parseQuarterId } from '../time/quarterId';
import { quarterEnd, quarterStart } from '../time/quarterOf';
import type { RateSubContract, RateSummary, ReceivedReturn, ReportingRates } from './rateInputs';

/** A sub-contract is expected to report for a quarter when its dates overlap the quarter. */
export function isActiveInQuarter(subContract: Pick<RateSubContract, 'start' | 'end'>, quarter: QuarterId): boolean {
  return subContract.start <= quarterEnd(quarter) && subContract.end >= quarterStart(quarter);
}

function sameDetails(a: RateSubContract, b: RateSubContract): boolean {
  return a.memberId === b.memberId && a.primeContractId === b.primeContractId && a.start === b.start && a.end === b.end;
}

type Tally = { expected: number; received: number; receivedOnTime: number };

function summarise({ expected, received, receivedOnTime }: Tally): RateSummary {
  return {
    expected,
    received,
    receivedOnTime,
    reportingRate: expected === 0 ? null : received / expected,
    onTimeRate: expected === 0 ? null : receivedOnTime / expected,
  };
}

/**
 * T4 reporting rates for a quarter: expected returns are the active sub-contracts; reporting
 * rate = received ÷ expected and on-time rate = received on time ÷ expected, for the consortium,
 * each member and each prime contract. Only expected returns can count as received, and each
 * counts once (on time if any of its entries is), so no rate exceeds 100%.
 * Throws if one sub-contract id is listed twice with different details.
 */
export function reportingRates(
  quarter: QuarterId,
  subContracts: readonly RateSubContract[],
  returns: readonly ReceivedReturn[],
): ReportingRates {
  parseQuarterId(quarter);
  const listed = new Map<string, RateSubContract>();
  const expected = new Map<string, RateSubContract>();
  for (const s of subContracts) {
    const seen = listed.get(s.subContractId);
    if (seen && !sameDetails(seen, s)) {
      throw new RangeError(`Sub-contract ${s.subContractId} is listed twice with different details`);
    }
    listed.set(s.subContractId, s);
    if (isActiveInQuarter(s, quarter)) expected.set(s.subContractId, s);
  }

  const onTimeById = new Map<string, boolean>();
  let unexpectedReturns = 0;
  for (const r of returns) {
    if (r.quarter !== quarter) continue;
    if (!expected.has(r.subContractId)) unexpectedReturns += 1;
    else onTimeById.set(r.subContractId, (onTimeById.get(r.subContractId) ?? false) || r.onTime);
  }

  const consortium: Tally = { expected: 0, received: 0, receivedOnTime: 0 };
  const byMember = new Map<string, Tally>();
  const byPrime = new Map<string, Tally>();
  const tallyFor = (map: Map<string, Tally>, key: string): Tally => {
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = { expected: 0, received: 0, receivedOnTime: 0 }));
    return tally;
  };
  for (const s of expected.values()) {
    const onTime = onTimeById.get(s.subContractId);
    for (const tally of [consortium, tallyFor(byMember, s.memberId), tallyFor(byPrime, s.primeContractId)]) {
      tally.expected += 1;
      if (onTime !== undefined) tally.received += 1;
      if (onTime === true) tally.receivedOnTime += 1;
    }
  }

  const byKey = (map: Map<string, Tally>) =>
    [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, tally]) => ({ key, ...summarise(tally) }));
  return {
    quarter,
    consortium: summarise(consortium),
    byMember: byKey(byMember).map(({ key, ...summary }) => ({ memberId: key, ...summary })),
    byPrimeContract: byKey(byPrime).map(({ key, ...summary }) => ({ primeContractId: key, ...summary })),
    unexpectedReturns,
  };
}
