import type { IndicatorKind, ReturnFigure } from '../../core/schemas';
import { figureText } from '../store/returns/figureText';
import type { DraftFigure, ReturnDraft } from '../store/returns/types';

// Small pure edits of a draft, one per thing a manager can do on a return's screens.

const blankFigure = (): DraftFigure => ({ override: false, value: '', breakdowns: {}, overrideReason: '' });

function withFigure(draft: ReturnDraft, id: string, edit: (f: DraftFigure) => DraftFigure): ReturnDraft {
  return { ...draft, figures: { ...draft.figures, [id]: edit(draft.figures[id] ?? blankFigure()) } };
}

export const setFigureValue = (draft: ReturnDraft, id: string, text: string) => withFigure(draft, id, (f) => ({ ...f, value: text }));

export const setBreakdownValue = (draft: ReturnDraft, id: string, setId: string, categoryId: string, text: string) =>
  withFigure(draft, id, (f) => ({ ...f, breakdowns: { ...f.breakdowns, [setId]: { ...f.breakdowns[setId], [categoryId]: text } } }));

export const setOverrideReason = (draft: ReturnDraft, id: string, text: string) => withFigure(draft, id, (f) => ({ ...f, overrideReason: text }));

/** The manager will type this figure instead of taking the records': it starts as the records' figure and required breakdowns. */
export function startOverride(draft: ReturnDraft, derived: ReturnFigure, kind: IndicatorKind, requiredSets: readonly string[]): ReturnDraft {
  const breakdowns: DraftFigure['breakdowns'] = {};
  for (const setId of requiredSets) {
    const row = derived.breakdowns[setId] ?? {};
    breakdowns[setId] = Object.fromEntries(Object.entries(row).map(([c, v]) => [c, figureText(kind, v)]));
  }
  return withFigure(draft, derived.indicatorId, () => ({ override: true, value: figureText(kind, derived.value), breakdowns, overrideReason: '' }));
}

/** Back to the records' figure: what was typed for it goes. */
export function backToRecordsFigure(draft: ReturnDraft, id: string): ReturnDraft {
  const figures = { ...draft.figures };
  delete figures[id];
  return { ...draft, figures };
}

/** A finance line typed (text), or back to the spend records (undefined). */
export function setFinance(draft: ReturnDraft, lineId: string, text: string | undefined): ReturnDraft {
  const finance = { ...draft.finance };
  if (text === undefined) delete finance[lineId];
  else finance[lineId] = text;
  return { ...draft, finance };
}

export const setNarrative = (draft: ReturnDraft, id: string, text: string): ReturnDraft => ({ ...draft, narrative: { ...draft.narrative, [id]: text } });

export const setExplanation = (draft: ReturnDraft, key: string, text: string): ReturnDraft => ({
  ...draft,
  explanations: { ...draft.explanations, [key]: text },
});

export const setNil = (draft: ReturnDraft, nil: boolean): ReturnDraft => ({ ...draft, nil });

export const setNilReason = (draft: ReturnDraft, text: string): ReturnDraft => ({ ...draft, nilReason: text });
