import { type CategorySet, type Finding, type Indicator, type ReturnFigure, isUniqueClientIndicator } from '../../schemas';
import { describeCategory, formatFigure, nameOf, upperFirst } from '../messages';
import { breakdownPath, valuePath, yearToDatePath } from '../paths';
import { allCategoriesGiven, hasValue, isBlank, reportedYearToDate } from '../required';
import type { RuleInput } from '../ruleInput';

const EPSILON = 1e-9;
const differs = (a: number, b: number) => Math.abs(a - b) > EPSILON;

function breakdownDisagreements(figure: ReturnFigure, recomputed: ReturnFigure, indicator: Indicator, sets: ReadonlyMap<string, CategorySet>): Finding[] {
  const out: Finding[] = [];
  for (const setId in recomputed.breakdowns) {
    const set = sets.get(setId);
    const given = figure.breakdowns[setId];
    // Blank or partly blank breakdowns are C2's (or A2's) to report.
    if (set === undefined || given === undefined || !allCategoriesGiven(set, given)) continue;
    const expected = recomputed.breakdowns[setId]!;
    for (const c of set.categories) {
      const want = expected[c.id] ?? 0;
      const have = given[c.id]!;
      if (!differs(have, want)) continue;
      out.push({
        ruleId: 'A4',
        severity: 'error',
        path: breakdownPath(figure.indicatorId, setId, c.id),
        message: `${upperFirst(nameOf(indicator, indicator.id))} for ${describeCategory(set, c.id)} is ${formatFigure(indicator.kind, have)} but the records give ${formatFigure(indicator.kind, want)} — enter ${formatFigure(indicator.kind, want)}, or give a reason for the change`,
        expected: want,
        actual: have,
      });
    }
  }
  return out;
}

/**
 * A4: a figure derived from records (`derived` not null) equals the aggregate of those records.
 * When records are given (always at the hub) the aggregate is recomputed from them and the
 * return's own `derived` is not trusted; otherwise `derived` is the aggregate. A figure changed by
 * hand with a reason (`overrideReason`) is an info, never blocking; without a reason, an error.
 * Breakdowns, and the year to date of unique-client figures, are compared too when the records
 * are given.
 */
export function a4AgreementWithRecords(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const f of input.ret.figures) {
    if (f.derived === null || !hasValue(f.value)) continue;
    const indicator = input.indicators.get(f.indicatorId);
    if (indicator === undefined || indicator.source === 'manual') continue; // A1 reports unknown ids
    const recomputed = input.records?.figures.get(f.indicatorId);
    const expected = recomputed?.value ?? f.derived;
    const name = nameOf(indicator, f.indicatorId);
    const kind = indicator.kind;
    const overridden = !isBlank(f.overrideReason);
    if (differs(f.value, expected)) {
      findings.push(
        overridden
          ? {
              ruleId: 'A4',
              severity: 'info',
              path: valuePath(f.indicatorId),
              message: `${upperFirst(name)} was changed from ${formatFigure(kind, expected)} (the records) to ${formatFigure(kind, f.value)}. Reason given: ${f.overrideReason.trim()}`,
              expected,
              actual: f.value,
            }
          : {
              ruleId: 'A4',
              severity: 'error',
              path: valuePath(f.indicatorId),
              message: `${upperFirst(name)} is ${formatFigure(kind, f.value)} but the records give ${formatFigure(kind, expected)} — enter ${formatFigure(kind, expected)}, or give a reason for the change`,
              expected,
              actual: f.value,
            },
      );
    }
    if (recomputed !== undefined && !overridden) findings.push(...breakdownDisagreements(f, recomputed, indicator, input.categorySets));
    const reportedYtd = reportedYearToDate(f);
    const recordsYtd = input.records?.yearToDate.get(f.indicatorId);
    if (reportedYtd !== null && recordsYtd !== undefined && differs(reportedYtd, recordsYtd) && isUniqueClientIndicator(indicator)) {
      findings.push({
        ruleId: 'A4',
        severity: overridden ? 'info' : 'error',
        path: yearToDatePath(f.indicatorId),
        message: overridden
          ? `${upperFirst(name)} so far this year was changed from ${formatFigure(kind, recordsYtd)} (the records) to ${formatFigure(kind, reportedYtd)}. Reason given: ${f.overrideReason.trim()}`
          : `${upperFirst(name)} so far this year is ${formatFigure(kind, reportedYtd)} but the records give ${formatFigure(kind, recordsYtd)} — enter ${formatFigure(kind, recordsYtd)}, or give a reason for the change`,
        expected: recordsYtd,
        actual: reportedYtd,
      });
    }
  }
  return findings;
}
