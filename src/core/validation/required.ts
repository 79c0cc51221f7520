import type { CategorySet, NarrativeItem, ReturnFigure, ReturnVersion, TemplateIndicator } from '../schemas';
import type { ValidationStage } from './context';

// The predicates behind C1, C2, C5, C6 and C7, shared with the completeness score so that a
// finding and the score can never disagree about what is missing.

export const isBlank = (s: string | undefined | null): boolean => s === undefined || s === null || s.trim() === '';

export const hasValue = (v: number | null | undefined): v is number => typeof v === 'number';

/** A required breakdown applies when its indicator is required, or optional but given. */
export const breakdownsApply = (ti: TemplateIndicator, figure: ReturnFigure | undefined): boolean =>
  ti.required || hasValue(figure?.value);

/** The categories of a set with no figure in a breakdown (blank is not zero). */
export function missingCategories(set: CategorySet, breakdown: Record<string, number | null> | undefined): string[] {
  const missing: string[] = [];
  for (const c of set.categories) if (!hasValue(breakdown?.[c.id])) missing.push(c.id);
  return missing;
}

/** Every category of the set has a figure: missingCategories(…) is empty, without building it. */
export function allCategoriesGiven(set: CategorySet, breakdown: Record<string, number | null> | undefined): boolean {
  if (breakdown === undefined) return set.categories.length === 0;
  for (const c of set.categories) if (!hasValue(breakdown[c.id])) return false;
  return true;
}

/** Narrative meets the template when its trimmed text is non-blank and at least the minimum length. */
export function narrativeMet(item: NarrativeItem, text: string | undefined): boolean {
  const length = text?.trim().length ?? 0;
  return length > 0 && length >= item.minLength;
}

export const financeGiven = (v: number | null | undefined): boolean => hasValue(v);

/** C7 counts only at the hub: on the device, sealing is the very step being checked for. */
export const sealRequired = (stage: ValidationStage): boolean => stage === 'received';

export const isSealed = (ret: ReturnVersion): boolean =>
  ret.seal !== null && ret.seal.declarationAccepted && !isBlank(ret.seal.managerName);

export const isNil = (ret: ReturnVersion): boolean => ret.nil !== null;

/** A figure's own year to date (unique-client indicators), or null when not given. */
export function reportedYearToDate(figure: ReturnFigure | undefined): number | null {
  // Read through `unknown` so this stays right whether or not the schema marks the field optional.
  const v: unknown = (figure as { yearToDate?: unknown } | undefined)?.yearToDate;
  return typeof v === 'number' ? v : null;
}
