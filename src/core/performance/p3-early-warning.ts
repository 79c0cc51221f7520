import type { Indicator, ProfileVersion, ReportingTemplate, ReturnVersion, ValidationSettings } from '../schemas';
import { previousQuarter, type QuarterId, quarterLabel } from '../time';
import { nameOf, upperFirst } from '../validation/messages';
import { formatPercent, formatValue } from './format';
import { p1Delivery } from './p1-delivery';
import { type Rag, rag } from './p2-rag';
import { runRate } from './p3-run-rate';

export type EarlyWarningReason = {
  rule: 'red-this-quarter' | 'behind-two-quarters-running' | 'run-rate';
  indicatorId: string;
  /** Plain English, for the hub contract manager. */
  message: string;
};

export type EarlyWarning = { subContractId: string; quarter: QuarterId; warning: boolean; reasons: EarlyWarningReason[] };

export type EarlyWarningInput = {
  subContractId: string;
  quarter: QuarterId;
  /** The sub-contract's template: its key indicators (Indicator.key) are the ones judged. */
  template: ReportingTemplate;
  indicators: readonly Indicator[];
  profiles: readonly ProfileVersion[];
  /** The sub-contract's returns, this year's and the previous quarter's at least. */
  returns: readonly ReturnVersion[];
  settings: Pick<ValidationSettings, 'ragGreenPercent' | 'ragAmberPercent' | 'runRateWarningPercent'>;
};

const behind = (r: Rag | null) => r === 'amber' || r === 'red';

/**
 * P3 early warning for a sub-contract in a quarter, judged on its key indicators: red this
 * quarter; or amber or red year to date both this quarter and the quarter before (which, at Q1,
 * is the previous year's Q4, i.e. the whole previous year); or a run-rate projection to year end
 * below settings.runRateWarningPercent (90%). Each reason says why in plain English.
 */
export function p3EarlyWarning(input: EarlyWarningInput): EarlyWarning {
  const { subContractId, quarter, settings } = input;
  const catalogue = new Map(input.indicators.map((i) => [i.id, i]));
  const reasons: EarlyWarningReason[] = [];
  for (const ti of input.template.indicators) {
    const indicator = catalogue.get(ti.indicatorId);
    if (!indicator?.key) continue;
    const name = upperFirst(nameOf(indicator, indicator.id));
    const base = { indicator, subContractId, profiles: input.profiles, returns: input.returns };
    const now = p1Delivery({ ...base, quarter });
    const q = now.quarterly;
    if (rag(q.percent, settings) === 'red') {
      reasons.push({
        rule: 'red-this-quarter',
        indicatorId: indicator.id,
        message: `${name}: red this quarter, at ${formatPercent(q.percent!)} of profile (${formatValue(indicator.kind, q.achieved!)} against a profile of ${formatValue(indicator.kind, q.target!)}).`,
      });
    }
    const before = p1Delivery({ ...base, quarter: previousQuarter(quarter) });
    const ragNow = rag(now.yearToDate.percent, settings);
    const ragBefore = rag(before.yearToDate.percent, settings);
    if (behind(ragNow) && behind(ragBefore)) {
      reasons.push({
        rule: 'behind-two-quarters-running',
        indicatorId: indicator.id,
        message: `${name}: ${ragBefore === ragNow ? ragNow : `${ragBefore}, then ${ragNow},`} year to date for two quarters running, at ${formatPercent(before.yearToDate.percent!)} of profile to the end of ${quarterLabel(before.quarter)} and ${formatPercent(now.yearToDate.percent!)} to the end of ${quarterLabel(quarter)}.`,
      });
    }
    const rr = runRate({ ...base, quarter });
    if (rr.percent !== null && rr.percent < settings.runRateWarningPercent) {
      reasons.push({
        rule: 'run-rate',
        indicatorId: indicator.id,
        message: `${name}: at the current rate, about ${formatPercent(rr.percent)} of this year's target by year end (about ${formatValue(indicator.kind, Math.round(rr.projected!))} against a target of ${formatValue(indicator.kind, rr.annualTarget!)}), below the ${settings.runRateWarningPercent}% warning level.`,
      });
    }
  }
  return { subContractId, quarter, warning: reasons.length > 0, reasons };
}
