import type { ReportingTemplate } from '../../../core/schemas';
import type { HubReference } from './hub-reference';
import type { DifferenceNames } from './version-differences';

/** Names of the indicators, narrative items and finance lines, to label a return's fields. */
export function differenceNames(ref: HubReference, template: ReportingTemplate): DifferenceNames {
  return {
    indicators: new Map(ref.indicators.map((i) => [i.id, i.name])),
    narrative: new Map(template.narrative.map((n) => [n.id, n.label])),
    finance: new Map(template.financeLines.map((l) => [l.id, l.label])),
  };
}
