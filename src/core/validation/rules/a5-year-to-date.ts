import { type Finding, type Indicator, type ReturnVersion, isUniqueClientIndicator } from '../../schemas';
import { quarterLabel } from '../../time';
import { formatFigure, nameOf, upperFirst } from '../messages';
import { valuePath, yearToDatePath } from '../paths';
import { hasValue, reportedYearToDate } from '../required';
import type { RuleInput } from '../ruleInput';

function warning(path: string, message: string, expected: unknown, actual: number): Finding {
  return { ruleId: 'A5', severity: 'warning', path, message, expected, actual };
}

/** 'Unique clients so far this year is 40 (from the records)': built only for a finding. */
function ytdText(indicator: Indicator, ytd: number, source: string): string {
  return `${upperFirst(nameOf(indicator, indicator.id))} so far this year is ${formatFigure('count', ytd)}${source}`;
}

/** The latest earlier return of the same financial year, for its own year to date. */
function previousInYear(history: readonly ReturnVersion[], year: string): ReturnVersion | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.quarter.startsWith(year)) return history[i];
  return undefined;
}

/**
 * A5: a unique-client figure for the year to date (distinct clients across the year) is at least
 * the largest quarter's and at most the sum of the quarters (this return's figure and the earlier
 * returns' of the financial year); the upper bound only when every quarter so far has a figure.
 * It also cannot fall below the year to date the previous quarter's return reported.
 * The year to date comes from the records when given (the hub), else from the return's own
 * `yearToDate`. A warning needing an explanation, since the fault may lie in an earlier quarter's
 * return that this one cannot change.
 */
export function a5YearToDate(input: RuleInput): Finding[] {
  const { ret, records } = input;
  // Quarter ids start with their financial year ('2026-Q3' is FY 2026/27).
  const year = ret.quarter.slice(0, 5);
  const { quartersSoFar } = input;
  const previous = previousInYear(input.history, year);
  const findings: Finding[] = [];
  for (const ti of input.template.indicators) {
    const indicator = input.indicators.get(ti.indicatorId);
    if (indicator === undefined || !isUniqueClientIndicator(indicator)) continue;
    const figure = input.figures.get(ti.indicatorId);
    const fromRecords = records?.yearToDate.get(ti.indicatorId);
    const ytd = fromRecords ?? reportedYearToDate(figure);
    if (ytd === null) continue;
    const path = fromRecords === undefined ? yearToDatePath(ti.indicatorId) : valuePath(ti.indicatorId);
    const source = fromRecords === undefined ? '' : ' (from the records)';
    const quarters = (input.historyValues.get(ti.indicatorId) ?? []).filter((h) => h.quarter.startsWith(year));
    if (hasValue(figure?.value)) quarters.push({ quarter: ret.quarter, value: figure.value });
    if (quarters.length > 0) {
      const largest = quarters.reduce((a, b) => (b.value > a.value ? b : a));
      const sum = quarters.reduce((n, q) => n + q.value, 0);
      if (ytd < largest.value) {
        findings.push(
          warning(
            path,
            `${ytdText(indicator, ytd, source)}, fewer than the ${formatFigure('count', largest.value)} reported for ${quarterLabel(largest.quarter)} — a year-to-date count cannot be less than any quarter’s; check the quarter figures, or explain`,
            { atLeast: largest.value },
            ytd,
          ),
        );
        continue;
      }
      if (quarters.length === quartersSoFar && ytd > sum) {
        findings.push(warning(path, `${ytdText(indicator, ytd, source)}, more than the quarters add up to (${formatFigure('count', sum)}) — check the quarter figures, or explain`, { atMost: sum }, ytd));
        continue;
      }
    }
    if (previous === undefined) continue;
    const before = reportedYearToDate(previous.figures.find((f) => f.indicatorId === ti.indicatorId));
    if (before !== null && ytd < before) {
      findings.push(
        warning(
          path,
          `${ytdText(indicator, ytd, source)}, fewer than the ${formatFigure('count', before)} reported so far at ${quarterLabel(previous.quarter)} — a year-to-date count can only grow; check it, or explain`,
          { atLeast: before },
          ytd,
        ),
      );
    }
  }
  return findings;
}
