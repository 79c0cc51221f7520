import type { VersionDifference } from '../../../core/hub-api';
import type { ReturnVersion } from '../../../core/schemas';
import { breakdownPath, financePath, narrativePath, valuePath, yearToDatePath } from '../../../core/validation';

/** Names to label differences with; an id without a name is shown as the id. */
export interface DifferenceNames {
  indicators: ReadonlyMap<string, string>;
  narrative: ReadonlyMap<string, string>;
  finance: ReadonlyMap<string, string>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const keys = (...objects: (Record<string, unknown> | undefined)[]) => [...new Set(objects.flatMap((o) => Object.keys(o ?? {})))].sort();

/** Every field that differs between two versions of a return, in the order a reader meets them. */
export function versionDifferences(before: ReturnVersion, after: ReturnVersion, names: DifferenceNames): VersionDifference[] {
  const out: VersionDifference[] = [];
  const add = (path: string, label: string, from: unknown, to: unknown) => {
    if (!same(from, to)) out.push({ path, label, from: from ?? null, to: to ?? null });
  };
  add('nil', 'Nil return', before.nil, after.nil);
  const figuresBefore = new Map(before.figures.map((f) => [f.indicatorId, f]));
  const figuresAfter = new Map(after.figures.map((f) => [f.indicatorId, f]));
  for (const id of [...new Set([...figuresBefore.keys(), ...figuresAfter.keys()])]) {
    const a = figuresBefore.get(id);
    const b = figuresAfter.get(id);
    const name = names.indicators.get(id) ?? id;
    add(valuePath(id), name, a?.value, b?.value);
    add(yearToDatePath(id), `${name}, year to date`, a?.yearToDate, b?.yearToDate);
    add(`figures.${id}.overrideReason`, `${name}, reason for the change from the records`, a?.overrideReason || null, b?.overrideReason || null);
    for (const setId of keys(a?.breakdowns, b?.breakdowns)) {
      const x = a?.breakdowns[setId];
      const y = b?.breakdowns[setId];
      for (const categoryId of keys(x, y)) add(breakdownPath(id, setId, categoryId), `${name} by ${setId}: ${categoryId}`, x?.[categoryId], y?.[categoryId]);
    }
  }
  for (const id of keys(before.narrative, after.narrative)) add(narrativePath(id), names.narrative.get(id) ?? id, before.narrative[id], after.narrative[id]);
  for (const id of keys(before.finance, after.finance)) add(financePath(id), names.finance.get(id) ?? id, before.finance[id], after.finance[id]);
  for (const key of keys(before.explanations, after.explanations)) {
    add(`explanations.${key}`, `Explanation for ${key}`, before.explanations[key], after.explanations[key]);
  }
  return out;
}

/** "3 changes: Unique clients 40 → 42, Sessions 80 → 85, Case study" — for the audit trail. */
export function describeDifferences(differences: readonly VersionDifference[]): string {
  if (differences.length === 0) return 'No changes from the previous version';
  const shown = differences.slice(0, 4).map((d) =>
    typeof d.from === 'number' || typeof d.to === 'number' ? `${d.label} ${d.from ?? 'blank'} → ${d.to ?? 'blank'}` : d.label,
  );
  const more = differences.length > 4 ? ` and ${differences.length - 4} more` : '';
  return `${differences.length} change${differences.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}`;
}
