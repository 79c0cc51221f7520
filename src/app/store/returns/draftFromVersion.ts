import type { ReferenceData, ReturnVersion } from '../../../core/schemas';
import { figureText } from './figureText';
import type { DraftFigure, ReturnDraft } from './types';

type DraftContent = Pick<ReturnDraft, 'nil' | 'nilReason' | 'figures' | 'narrative' | 'finance' | 'explanations'>;

/** A new draft's content: nothing typed yet, every figure from the records. */
export function emptyDraftContent(): DraftContent {
  return { nil: false, nilReason: '', figures: {}, narrative: {}, finance: {}, explanations: {} };
}

/**
 * The content of a resubmission: what the previous version said, ready to change. Figures the
 * records gave (not overridden) stay "from the records", so they follow any records fixed since;
 * figures typed or overridden are kept as typed, with their reasons.
 */
export function draftContentFrom(previous: ReturnVersion, reference: ReferenceData): DraftContent {
  const kinds = new Map(reference.indicators.map((i) => [i.id, i.kind]));
  const figures: Record<string, DraftFigure> = {};
  for (const f of previous.figures) {
    const fromRecords = f.derived !== null && f.overrideReason.trim() === '';
    if (fromRecords) continue;
    const kind = kinds.get(f.indicatorId) ?? 'count';
    const breakdowns: DraftFigure['breakdowns'] = {};
    for (const [setId, row] of Object.entries(f.breakdowns)) {
      breakdowns[setId] = Object.fromEntries(Object.entries(row).map(([c, v]) => [c, figureText(kind, v)]));
    }
    figures[f.indicatorId] = { override: f.derived !== null, value: figureText(kind, f.value), breakdowns, overrideReason: f.overrideReason };
  }
  const finance: Record<string, string> = {};
  for (const [lineId, pence] of Object.entries(previous.finance)) finance[lineId] = figureText('money', pence);
  return {
    nil: previous.nil !== null,
    nilReason: previous.nil?.reason ?? '',
    figures,
    narrative: { ...previous.narrative },
    finance,
    explanations: { ...previous.explanations },
  };
}
