import type { PrimeContractPerformance } from '../../../../core/hub-api';

export type SubContractRow = PrimeContractPerformance['subContracts'][number];

/** '12.5 h': volunteer hours, short enough for a narrow table column. */
export function hours(n: number): string {
  return `${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })} h`;
}

/** 'Northbank Youth Club — Youth wellbeing sessions': how the page names a sub-contract. */
export function subContractTitle(row: Pick<SubContractRow, 'memberName' | 'subContractName'>): string {
  return `${row.memberName} — ${row.subContractName}`;
}

/** Sub-contract id → its title, for the lists that carry ids only (included, missing, blank figures). */
export function subContractNames(performance: PrimeContractPerformance): (subContractId: string) => string {
  const names = new Map(performance.subContracts.map((row) => [row.subContractId, subContractTitle(row)]));
  return (id) => names.get(id) ?? id;
}

/** The id of a sub-contract's section, for links to it from the summary. */
export const sectionId = (subContractId: string) => `sub-contract-${subContractId}`;
