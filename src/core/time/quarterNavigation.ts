import { type QuarterId, type QuarterNumber, formatQuarterId, parseQuarterId } from './quarterId';

export function nextQuarter(quarterId: QuarterId): QuarterId {
  const { financialYear, quarter } = parseQuarterId(quarterId);
  return quarter === 4
    ? formatQuarterId({ financialYear: financialYear + 1, quarter: 1 })
    : formatQuarterId({ financialYear, quarter: (quarter + 1) as QuarterNumber });
}

export function previousQuarter(quarterId: QuarterId): QuarterId {
  const { financialYear, quarter } = parseQuarterId(quarterId);
  return quarter === 1
    ? formatQuarterId({ financialYear: financialYear - 1, quarter: 4 })
    : formatQuarterId({ financialYear, quarter: (quarter - 1) as QuarterNumber });
}

/** Orders quarters in time (negative, zero or positive). */
export function compareQuarters(a: QuarterId, b: QuarterId): number {
  const pa = parseQuarterId(a);
  const pb = parseQuarterId(b);
  return pa.financialYear - pb.financialYear || pa.quarter - pb.quarter;
}
