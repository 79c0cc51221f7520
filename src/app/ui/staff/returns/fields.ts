import type { ReturnDetail } from '../../../../core/hub-api';
import { financePath, narrativePath, valuePath, yearToDatePath } from '../../../../core/validation/paths';

export type FieldOption = { value: string; label: string };

/** "age-band" → "age band": category ids read well enough where no label is at hand. */
const words = (id: string) => id.replace(/[-_]+/g, ' ');

/** The fields of a return a query can be about, labelled as people know them. */
export function queryableFields(detail: ReturnDetail): FieldOption[] {
  const options: FieldOption[] = [];
  for (const f of detail.figures) {
    options.push({ value: valuePath(f.indicatorId), label: `${f.name}: this quarter` });
    if (f.yearToDate !== null) options.push({ value: yearToDatePath(f.indicatorId), label: `${f.name}: year to date` });
  }
  for (const n of detail.narrative) options.push({ value: narrativePath(n.id), label: n.label });
  for (const line of detail.finance) options.push({ value: financePath(line.id), label: `Spend: ${line.label}` });
  if (detail.nil) options.push({ value: 'nil.reason', label: 'Reason for a nil return' });
  options.push({ value: 'return', label: 'The return as a whole' });
  const known = new Set(options.map((o) => o.value));
  for (const finding of detail.findings) {
    if (finding.path && !known.has(finding.path)) {
      known.add(finding.path);
      options.push({ value: finding.path, label: fieldLabel(detail, finding.path) });
    }
  }
  return options;
}

/** A field path in words: "figures.unique-clients.value" → "Unique clients: this quarter". */
export function fieldLabel(detail: ReturnDetail, path: string): string {
  const [area, id = '', part, setId, categoryId] = path.split('.');
  if (area === 'figures') {
    const name = detail.figures.find((f) => f.indicatorId === id)?.name ?? words(id);
    if (part === 'value') return `${name}: this quarter`;
    if (part === 'yearToDate') return `${name}: year to date`;
    if (part === 'breakdowns' && setId) return `${name}: by ${words(setId)}${categoryId ? `, ${words(categoryId)}` : ''}`;
    return name;
  }
  if (area === 'narrative') return detail.narrative.find((n) => n.id === id)?.label ?? words(id);
  if (area === 'finance') return `Spend: ${detail.finance.find((l) => l.id === id)?.label ?? words(id)}`;
  if (area === 'nil') return 'Nil return';
  if (area === 'seal') return 'Sign-off';
  if (!path || path === 'return') return 'The return as a whole';
  return words(path);
}
