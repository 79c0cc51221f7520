import type { ReturnFigure, ReturnVersion } from '../../../core/schemas';
import { breakdownPath, financePath, lowerFirst, valuePath } from '../../../core/validation';
import { readFigure } from './figureText';
import type { ReturnBasis } from './returnBasis';
import type { DraftFigure, ReturnDraft } from './types';

/** Field path (as findings name it) → what is wrong with the text typed there. */
export type InputErrors = Record<string, string>;

export type AssembledReturn = {
  /** The draft as a ReturnVersion (state 'draft', no seal): what validateReturn checks and the seal sends. */
  ret: ReturnVersion;
  /** Text that is not a figure ("12a"): shown at its field; such a figure counts as blank for the rules. */
  inputErrors: InputErrors;
};

/** Whether a template indicator's figure comes from the records (and so may be overridden with a reason). */
export function isDerived(basis: ReturnBasis, indicatorId: string): boolean {
  const f = basis.derived.get(indicatorId);
  return f !== undefined && f.derived !== null;
}

/**
 * A draft as the return it stands for, with figures from the records unless the manager changed
 * them: a record-derived figure not overridden is the records' figure with every breakdown; an
 * overridden or manual one is read from the text typed, with the template's required breakdowns.
 * Finance lines come from the spend records unless typed. A nil return carries no figures.
 */
export function assembleReturn(draft: ReturnDraft, basis: ReturnBasis): AssembledReturn {
  const inputErrors: InputErrors = {};
  const base = {
    id: draft.id,
    memberId: draft.memberId,
    subContractId: draft.subContractId,
    quarter: draft.quarter,
    version: draft.version,
    state: 'draft' as const,
    explanations: nonBlank(draft.explanations),
    seal: null,
    receivedAt: null,
    updatedAt: draft.updatedAt,
    updatedBy: draft.updatedBy,
  };
  if (draft.nil) {
    return { ret: { ...base, nil: { reason: draft.nilReason.trim() }, figures: [], narrative: {}, finance: {} }, inputErrors };
  }
  const figures: ReturnFigure[] = [];
  for (const ti of basis.template.indicators) {
    const derived = basis.derived.get(ti.indicatorId);
    const typed = draft.figures[ti.indicatorId];
    if (derived && derived.derived !== null && !typed?.override) {
      figures.push(derived);
      continue;
    }
    figures.push(typedFigure(ti.indicatorId, ti.requiredBreakdowns, typed, derived, basis, inputErrors));
  }
  const finance: Record<string, number | null> = {};
  for (const line of basis.template.financeLines) {
    const text = draft.finance[line.id];
    if (text === undefined) {
      finance[line.id] = basis.spendByLine.get(line.id) ?? null;
      continue;
    }
    const read = readFigure('money', text, lowerFirst(line.label));
    if (read.error) inputErrors[financePath(line.id)] = read.error;
    finance[line.id] = read.value;
  }
  const narrative: Record<string, string> = {};
  for (const [id, text] of Object.entries(draft.narrative)) if (text.trim() !== '') narrative[id] = text;
  return { ret: { ...base, nil: null, figures, narrative, finance }, inputErrors };
}

function typedFigure(
  indicatorId: string,
  requiredSets: readonly string[],
  typed: DraftFigure | undefined,
  derived: ReturnFigure | undefined,
  basis: ReturnBasis,
  inputErrors: InputErrors,
): ReturnFigure {
  const indicator = basis.indicators.get(indicatorId);
  const kind = indicator?.kind ?? 'count';
  const name = indicator ? lowerFirst(indicator.name) : indicatorId;
  const value = readFigure(kind, typed?.value ?? '', name);
  if (value.error) inputErrors[valuePath(indicatorId)] = value.error;
  const breakdowns: Record<string, Record<string, number | null>> = {};
  for (const setId of requiredSets) {
    const set = basis.categorySets.get(setId);
    if (!set) continue;
    const row: Record<string, number | null> = {};
    for (const c of set.categories) {
      const read = readFigure(kind, typed?.breakdowns[setId]?.[c.id] ?? '', `${name} for “${c.label}”`);
      if (read.error) inputErrors[breakdownPath(indicatorId, setId, c.id)] = read.error;
      row[c.id] = read.value;
    }
    breakdowns[setId] = row;
  }
  const isOverride = derived !== undefined && derived.derived !== null;
  return {
    indicatorId,
    value: value.value,
    breakdowns,
    derived: derived?.derived ?? null,
    overrideReason: isOverride ? (typed?.overrideReason ?? '').trim() : '',
    yearToDate: derived?.yearToDate ?? null,
  };
}

function nonBlank(texts: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(texts)) if (v.trim() !== '') out[k] = v.trim();
  return out;
}
