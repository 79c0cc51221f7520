import type { Finding, Indicator, IndicatorSource, ReturnVersion } from '../../schemas';
import { formatFigure, lowerFirst, nameOf, plural, upperFirst } from '../messages';
import { financePath, valuePath } from '../paths';
import { hasValue } from '../required';
import type { RuleInput } from '../ruleInput';

type Given = { indicator: Indicator; value: number };

/** The sources A3 relates to one another; figures of other sources are not gathered. */
const RELATED: ReadonlySet<IndicatorSource> = new Set(['unique-clients', 'new-clients', 'outcome', 'sessions', 'interventions']);

function givenBySource(input: RuleInput): Map<IndicatorSource, Given[]> {
  const out = new Map<IndicatorSource, Given[]>();
  for (const ti of input.template.indicators) {
    const indicator = input.indicators.get(ti.indicatorId);
    const value = input.figures.get(ti.indicatorId)?.value;
    if (indicator === undefined || !RELATED.has(indicator.source) || !hasValue(value)) continue;
    let list = out.get(indicator.source);
    if (list === undefined) out.set(indicator.source, (list = []));
    list.push({ indicator, value });
  }
  return out;
}

function notMoreThan(part: Given, whole: Given, why: string, findings: Finding[]): void {
  if (part.value <= whole.value) return;
  const p = nameOf(part.indicator, part.indicator.id);
  const w = nameOf(whole.indicator, whole.indicator.id);
  findings.push({
    ruleId: 'A3',
    severity: 'error',
    path: valuePath(part.indicator.id),
    message: `${upperFirst(p)} (${formatFigure('count', part.value)}) cannot be more than ${w} (${formatFigure('count', whole.value)}) — ${why}`,
    expected: { atMost: whole.value },
    actual: part.value,
  });
}

/** Spend on a budget line so far this financial year (this return plus the earlier quarters' returns of the year). */
function spendYearToDate(ret: ReturnVersion, thisYear: readonly ReturnVersion[], lineId: string): number | null {
  const own = ret.finance[lineId];
  if (!hasValue(own)) return null;
  let total = own;
  for (const r of thisYear) {
    const v = r.finance[lineId];
    if (hasValue(v)) total += v;
  }
  return total;
}

/**
 * A3: logical relations between figures. Errors: new clients ≤ unique clients; clients achieving
 * an outcome ≤ unique clients; sessions ≥ clients with a session (known only from the records, so
 * checked when records are given); interventions ≥ sessions (each session has at least one).
 * Warning: spend on a budget line so far this financial year over its annual budget. We compare
 * year to date with the annual budget, not a quarter with a quarter's share, because spend is lumpy
 * (an annual licence, a venue paid in advance) and only over-spending the year is a real problem.
 */
export function a3LogicalRelations(input: RuleInput): Finding[] {
  const by = givenBySource(input);
  const findings: Finding[] = [];
  const unique = by.get('unique-clients') ?? [];
  for (const whole of unique) {
    for (const part of by.get('new-clients') ?? []) notMoreThan(part, whole, 'every new client is one of the unique clients; check both figures', findings);
    for (const part of by.get('outcome') ?? []) notMoreThan(part, whole, 'every client achieving an outcome is one of the unique clients; check both figures', findings);
  }
  const clientsWithSession = input.records?.clientsWithSession;
  for (const s of by.get('sessions') ?? []) {
    if (clientsWithSession !== undefined && s.value < clientsWithSession) {
      findings.push({
        ruleId: 'A3',
        severity: 'error',
        path: valuePath(s.indicator.id),
        message: `${upperFirst(nameOf(s.indicator, s.indicator.id))} is ${formatFigure('count', s.value)} but ${plural(clientsWithSession, 'client')} had a session — each had at least one; check the figure`,
        expected: { atLeast: clientsWithSession },
        actual: s.value,
      });
    }
    for (const i of by.get('interventions') ?? []) {
      if (i.value >= s.value) continue;
      findings.push({
        ruleId: 'A3',
        severity: 'error',
        path: valuePath(i.indicator.id),
        message: `${upperFirst(nameOf(i.indicator, i.indicator.id))} (${formatFigure('count', i.value)}) cannot be fewer than ${nameOf(s.indicator, s.indicator.id)} (${formatFigure('count', s.value)}) — every session has at least one intervention`,
        expected: { atLeast: s.value },
        actual: i.value,
      });
    }
  }
  let labels: Map<string, string> | undefined; // only for a finding
  for (const line of input.subContract.budgetLines) {
    const spent = spendYearToDate(input.ret, input.historyThisYear, line.lineId);
    if (spent === null || spent <= line.annualPence) continue;
    labels ??= new Map(input.template.financeLines.map((l) => [l.id, l.label]));
    findings.push({
      ruleId: 'A3',
      severity: 'warning',
      path: financePath(line.lineId),
      message: `Spend on ${lowerFirst(labels.get(line.lineId) ?? line.lineId)} so far this year is ${formatFigure('money', spent)}, over its annual budget of ${formatFigure('money', line.annualPence)} — explain the overspend`,
      expected: { atMost: line.annualPence },
      actual: spent,
    });
  }
  return findings;
}
