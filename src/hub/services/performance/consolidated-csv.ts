import { CANNOT_BE_SUMMED, type PublishedConsolidatedReturn, type Suppressed } from '../../../core/performance';
import type { IndicatorKind } from '../../../core/schemas';
import type { HubReference } from '../returns/hub-reference';
import { csvFile } from './csv';

export const CONSOLIDATED_CSV_HEADER = ['Indicator', 'Breakdown', 'Category', 'Figure', 'Note'] as const;

/** A figure as a spreadsheet reads it: no thousands separators; money in pounds; "<5" as published. */
function figureText(kind: IndicatorKind, value: Suppressed): string {
  if (value === null) return '';
  if (value === '<5') return value;
  return kind === 'money' ? (value / 100).toFixed(2) : String(value);
}

/**
 * The P6 consolidated return as it leaves the consortium, as CSV: one row per indicator, then one
 * per breakdown category of a summable indicator. Built from publishConsolidatedReturn, so counts of
 * 1–4 read "<5" (hours and money as they are). Unique-client indicators have no figure: their Note
 * says why, with the (suppressed) upper bound. A last "Note" row names the members whose accepted
 * return is missing, so the commissioner knows the figures are incomplete.
 */
export function consolidatedCsv(published: PublishedConsolidatedReturn, ref: HubReference): string {
  const memberOf = (subContractId: string) => {
    const sc = ref.subContracts.get(subContractId);
    const member = sc ? ref.members.get(sc.memberId)?.name : undefined;
    return sc && member ? `${member} (${sc.name})` : subContractId;
  };
  const rows: string[][] = [];
  for (const f of published.figures) {
    const notes: string[] = [];
    if (!f.summable) notes.push(`${f.note ?? CANNOT_BE_SUMMED} Upper bound: ${figureText(f.kind, f.upperBound) || 'none'}.`);
    else if (f.value === null) notes.push('No member gave a figure.');
    if (f.membersWithoutFigure.length > 0) notes.push(`Left blank by ${f.membersWithoutFigure.map(memberOf).join(', ')}.`);
    if (f.kind === 'money' && f.summable) notes.push('In pounds.');
    rows.push([f.name, '', '', f.summable ? figureText(f.kind, f.value) : '', notes.join(' ')]);
    if (!f.summable) continue;
    // Category sets and their categories in the reference data's order, not the order returns listed them.
    for (const set of ref.categorySets) {
      const cells = f.breakdowns[set.id];
      if (cells === undefined) continue;
      for (const category of set.categories) {
        if (category.id in cells) rows.push([f.name, set.name, category.label, figureText(f.kind, cells[category.id] ?? null), '']);
      }
    }
  }
  if (published.missing.length > 0) {
    rows.push(['Note', '', '', '', `Incomplete: no accepted return yet from ${published.missing.map(memberOf).join(', ')}. Their figures are not included.`]);
  }
  return csvFile(CONSOLIDATED_CSV_HEADER, rows);
}
