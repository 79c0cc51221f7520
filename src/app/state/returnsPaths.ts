import type { Finding } from '../../core/schemas';
import type { ReturnBasis } from '../store/returns/returnBasis';
import { fieldId } from './form';

/** The screens a return is made on (GOV.UK task list), each the home of some fields. */
export type ReturnSection = 'activity' | 'figures' | 'finance' | 'narrative' | 'explanations' | 'check';

export const SECTION_TITLES: Record<ReturnSection, string> = {
  activity: 'Activity this quarter',
  figures: 'Figures',
  finance: 'Spend by budget line',
  narrative: 'Narrative and case study',
  explanations: 'Explain warnings',
  check: 'Check your answers and seal',
};

/** Which screen a finding's field lives on; null for record paths (they open the record). */
export function sectionOf(path: string): ReturnSection | null {
  const head = path.split('.')[0];
  switch (head) {
    case 'figures':
      return 'figures';
    case 'finance':
      return 'finance';
    case 'narrative':
      return 'narrative';
    case 'nil':
      return 'activity';
    case 'records':
      return null;
    case 'seal':
      return 'check';
    default:
      return 'figures';
  }
}

/** Where a finding's field is: its screen and the field's id, or the record it is about. */
export function hrefOfPath(returnHref: string, path: string): string {
  if (path.startsWith('records.')) return `/records/${encodeURIComponent(path.split('.')[1] ?? '')}/edit`;
  const section = sectionOf(path) ?? 'figures';
  return `${returnHref}/${section}#${fieldId(path)}`;
}

/** The field a path names, as people call it: 'Unique clients supported — Age band: 18 to 24'. */
export function fieldLabel(path: string, basis: ReturnBasis | null): string {
  const [head, id = '', part, setId, categoryId] = path.split('.');
  if (head === 'figures') {
    const name = basis?.indicators.get(id)?.name ?? id;
    if (part === 'breakdowns' && setId) {
      const set = basis?.categorySets.get(setId);
      const category = set?.categories.find((c) => c.id === categoryId)?.label;
      return `${name} — ${set?.name ?? setId}${category ? `: ${category}` : ''}`;
    }
    if (part === 'yearToDate') return `${name} — so far this year`;
    if (part === 'overrideReason') return `${name} — reason for the change`;
    return name;
  }
  if (head === 'narrative') return basis?.template.narrative.find((n) => n.id === id)?.label ?? id;
  if (head === 'finance') return basis?.template.financeLines.find((l) => l.id === id)?.label ?? id;
  if (head === 'nil') return 'Nil return';
  if (head === 'records') return 'A record';
  if (head === 'seal') return 'Declaration';
  return path;
}

/** The findings about one field or anything inside it ("figures.x" covers "figures.x.breakdowns.age"). */
export function findingsAt(findings: readonly Finding[], prefix: string): Finding[] {
  return findings.filter((f) => f.path === prefix || f.path.startsWith(`${prefix}.`));
}
