import type { IndicatorKind } from '../schemas';
import { formatFigure } from '../validation/messages';

/**
 * A % for people to read, cut (not rounded) to one decimal place, so that 94.96% shows as 94.9%
 * and never as a "95%" that is still amber.
 */
export function formatPercent(percent: number): string {
  return `${(Math.floor(percent * 10) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

/** '1,234', '12.5 hours', '£1,234.56'; money is held in pence. */
export function formatValue(kind: IndicatorKind | undefined, value: number): string {
  return formatFigure(kind, value);
}

export const formatPence = (pence: number): string => formatFigure('money', pence);
