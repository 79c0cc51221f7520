import type { CategorySet, Indicator, IndicatorKind } from '../schemas';

/** 'Unique clients' → 'unique clients'; 'GP referrals' keeps its capitals. */
export function lowerFirst(s: string): string {
  if (s.length > 1 && s[1] === s[1]!.toUpperCase() && s[1] !== s[1]!.toLowerCase()) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The indicator's name as it reads mid-sentence, or its id when the catalogue lacks it. */
export function nameOf(indicator: Indicator | undefined, id: string): string {
  return indicator === undefined ? `“${id}”` : lowerFirst(indicator.name);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A figure as people read it: '1,234', '12.5 hours', '£1,234.56' (money is held in pence). */
export function formatFigure(kind: IndicatorKind | undefined, value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (kind === 'money') {
    const pounds = Math.floor(abs / 100);
    const pence = abs - pounds * 100;
    const penceText = Number.isInteger(pence) ? String(pence).padStart(2, '0') : pence.toFixed(2).padStart(5, '0');
    return `${sign}£${groupThousands(String(pounds))}.${penceText}`;
  }
  const [whole, fraction] = String(abs).split('.');
  const text = `${sign}${groupThousands(whole ?? '0')}${fraction === undefined ? '' : `.${fraction}`}`;
  return kind === 'hours' ? `${text} ${abs === 1 ? 'hour' : 'hours'}` : text;
}

/** 'the number of new clients', 'the amount of spend': what "Enter …" asks for. */
export function whatToEnter(indicator: Indicator | undefined, id: string): string {
  return indicator?.kind === 'money' ? `the amount of ${nameOf(indicator, id)}` : `the number of ${nameOf(indicator, id)}`;
}

/** '“18 to 24” (age band)'. */
export function describeCategory(set: CategorySet, categoryId: string): string {
  const label = set.categories.find((c) => c.id === categoryId)?.label ?? categoryId;
  return `“${label}” (${lowerFirst(set.name)})`;
}

/** '1 client', '3 clients'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatFigure('count', n)} ${n === 1 ? one : many}`;
}
