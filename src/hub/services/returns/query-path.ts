import type { ReportingTemplate } from '../../../core/schemas';
import type { HubReference } from './hub-reference';

/**
 * Whether a query may be raised on `path`: the return as a whole ('return'), the nil reason, or a
 * field of the sub-contract's template — figures.<indicator>[.value|.yearToDate|.breakdowns.<set>[.<category>]],
 * narrative.<item>, finance.<line> — as findings name them. Undefined when it may; else why not.
 */
export function queryPathProblem(path: string, template: ReportingTemplate, ref: HubReference): string | undefined {
  if (path === 'return' || path === 'nil' || path === 'nil.reason') return undefined;
  const [area, id, ...rest] = path.split('.');
  const known = (ok: boolean) => (ok ? undefined : `'${path}' is not a field of this return`);
  if (area === 'narrative') return known(rest.length === 0 && template.narrative.some((n) => n.id === id));
  if (area === 'finance') return known(rest.length === 0 && template.financeLines.some((l) => l.id === id));
  if (area !== 'figures') return known(false);
  const ti = template.indicators.find((i) => i.indicatorId === id);
  if (!ti) return known(false);
  if (rest.length === 0 || (rest.length === 1 && (rest[0] === 'value' || rest[0] === 'yearToDate'))) return undefined;
  if (rest[0] !== 'breakdowns' || rest.length > 3) return known(false);
  const indicator = ref.indicators.find((i) => i.id === id);
  const setId = rest[1];
  if (!indicator?.breakdowns.includes(setId ?? '')) return known(false);
  if (rest.length === 2) return undefined;
  const set = ref.categorySets.find((s) => s.id === setId);
  return known(set?.categories.some((c) => c.id === rest[2]) ?? false);
}
