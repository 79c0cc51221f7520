import { describeDate, describeMoment, londonDateOf, quarterLabel as quarterLabelOf, type Instant, type LocalDate } from '../../../core/time';

export { quarterLabel } from '../../../core/time';
export { formatPercent, formatValue } from '../../../core/performance/format';

/** 'Tue 14 Jul 2026 at 10:15', or 'Never' for no moment. */
export function moment(instant: Instant | null | undefined, never = 'Never'): string {
  return instant ? describeMoment(instant) : never;
}

/** 'Tue 14 Jul 2026'. */
export function day(date: LocalDate | Instant): string {
  return describeDate(date.length > 10 ? londonDateOf(date) : date);
}

/** A 0..1 share as a whole or one-decimal %: '87.5%'; '—' (with words for screen readers) when unknown. */
export function share(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'Not known';
  return `${(Math.floor(value * 1000) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

/** '1 error', '3 warnings'. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** 'Q1 2026/27 (Apr–Jun 2026)' in two parts, for narrow table headings. */
export function quarterParts(quarter: string): { name: string; months: string } {
  const label = quarterLabelOf(quarter);
  const match = /^(.*) \((.*)\)$/.exec(label);
  return match ? { name: match[1]!, months: match[2]! } : { name: label, months: '' };
}
