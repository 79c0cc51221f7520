import type { ReportingTemplate } from '../schemas';
import type { ValidationStage } from './context';
import { allCategoriesGiven, breakdownsApply, financeGiven, hasValue, isBlank, isNil, isSealed, narrativeMet, sealRequired } from './required';
import type { RuleInput } from './ruleInput';

export type Completeness = { present: number; required: number; score: number };

const scoreOf = (present: number, required: number): Completeness => ({ present, required, score: required === 0 ? 1 : present / required });

type Tally = { required: number; present: number };

/** One required item, present or not. */
function count(t: Tally, ok: boolean): void {
  t.required++;
  if (ok) t.present++;
}

/**
 * Completeness = required items present ÷ required items. The required items are:
 * - each required template indicator (present: it has a value; 0 counts, blank does not) — C1;
 * - each required breakdown of an indicator that is required or has a value (present: every
 *   category of the set has a figure) — C2;
 * - each required narrative item (present: trimmed text non-blank and ≥ its minimum length) — C5;
 * - each required finance line (present: an amount, 0 included) — C6;
 * - the seal, at the hub only (`received`) — C7.
 * A nil return replaces the indicators, breakdowns, narrative and finance with one item, its reason
 * (C3), plus the seal at the hub. With nothing required the score is 1.
 */
export function completenessOf(input: RuleInput): Completeness {
  const { ret, template } = input;
  const t: Tally = { required: 0, present: 0 };
  if (isNil(ret)) {
    count(t, !isBlank(ret.nil?.reason));
  } else {
    for (const ti of template.indicators) {
      const figure = input.figures.get(ti.indicatorId);
      if (ti.required) count(t, hasValue(figure?.value));
      if (!breakdownsApply(ti, figure)) continue;
      for (const setId of ti.requiredBreakdowns) {
        const set = input.categorySets.get(setId);
        if (set !== undefined) count(t, allCategoriesGiven(set, figure?.breakdowns[setId]));
      }
    }
    for (const item of template.narrative) if (item.required) count(t, narrativeMet(item, ret.narrative[item.id]));
    for (const line of template.financeLines) if (line.required) count(t, financeGiven(ret.finance[line.id]));
  }
  if (sealRequired(input.stage)) count(t, isSealed(ret));
  return scoreOf(t.present, t.required);
}

/** A return that could not be read has none of its required items present: score 0. */
export function completenessOfUnreadable(template: ReportingTemplate, stage: ValidationStage): Completeness {
  let required = sealRequired(stage) ? 1 : 0;
  for (const ti of template.indicators) if (ti.required) required += 1 + ti.requiredBreakdowns.length;
  for (const item of template.narrative) if (item.required) required++;
  for (const line of template.financeLines) if (line.required) required++;
  return { present: 0, required, score: 0 };
}
