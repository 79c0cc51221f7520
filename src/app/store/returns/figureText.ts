import type { IndicatorKind } from '../../../core/schemas';

/** A figure typed by a person, read as a number; `error` says what is wrong in plain English. */
export type ReadFigure = { value: number | null; error: string | null };

const BLANK: ReadFigure = { value: null, error: null };

/**
 * Reads a figure as typed: blank is not zero (C1), so '' is null. Counts are whole numbers,
 * hours go in quarter-hour steps, money is pounds and pence and comes back in pence (never a
 * float of pounds). Commas and a leading £ are allowed, as people type them.
 */
export function readFigure(kind: IndicatorKind | 'money', text: string, what: string): ReadFigure {
  const s = text.trim().replace(/,/g, '');
  if (s === '') return BLANK;
  switch (kind) {
    case 'count':
      if (!/^\d{1,9}$/.test(s)) return { value: null, error: `Enter ${what} as a whole number, like 12` };
      return { value: Number(s), error: null };
    case 'hours': {
      if (!/^\d{1,7}(\.\d{1,2})?$/.test(s)) return { value: null, error: `Enter ${what} as a number of hours, like 12.5` };
      const hours = Number(s);
      if (!Number.isInteger(hours * 4)) return { value: null, error: `Enter ${what} in quarter-hour steps, like 12.25 or 12.5` };
      return { value: hours, error: null };
    }
    case 'money': {
      const pounds = s.replace(/^£/, '');
      if (!/^\d{1,9}(\.\d{1,2})?$/.test(pounds)) return { value: null, error: `Enter ${what} in pounds and pence, like 1250.50` };
      const [whole = '0', pence = ''] = pounds.split('.');
      return { value: Number(whole) * 100 + Number(pence.padEnd(2, '0')), error: null };
    }
  }
}

/** A figure as the form shows it for typing: pence as pounds ('1250.50'), others as they are. */
export function figureText(kind: IndicatorKind | 'money', value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (kind !== 'money') return String(value);
  const pounds = Math.floor(value / 100);
  const pence = value - pounds * 100;
  return pence === 0 ? String(pounds) : `${pounds}.${String(pence).padStart(2, '0')}`;
}
