import type { Indicator, ProfileVersion, ReportingTemplate, ReturnVersion, ValidationSettings } from '../schemas';
import type { QuarterId } from '../time';
import { type Delivery, type IndicatorDelivery, p1Delivery, type YearToDateDelivery } from './p1-delivery';
import { type Rag, rag } from './p2-rag';
import { type EarlyWarning, p3EarlyWarning } from './p3-early-warning';

export type IndicatorPerformance = {
  indicatorId: string;
  name: string;
  key: boolean;
  quarterly: Delivery & { rag: Rag | null };
  yearToDate: YearToDateDelivery & { rag: Rag | null };
};

export type SubContractPerformance = { subContractId: string; quarter: QuarterId; indicators: IndicatorPerformance[]; earlyWarning: EarlyWarning };

/**
 * P1, P2 and P3 together for one sub-contract and quarter: each template indicator's delivery,
 * quarter and year to date, with its RAG, and the early warning — what a hub screen shows.
 */
export function performanceOf(input: {
  subContractId: string;
  quarter: QuarterId;
  template: ReportingTemplate;
  indicators: readonly Indicator[];
  profiles: readonly ProfileVersion[];
  returns: readonly ReturnVersion[];
  settings: Pick<ValidationSettings, 'ragGreenPercent' | 'ragAmberPercent' | 'runRateWarningPercent'>;
}): SubContractPerformance {
  const catalogue = new Map(input.indicators.map((i) => [i.id, i]));
  const rows: IndicatorPerformance[] = [];
  for (const ti of input.template.indicators) {
    const indicator = catalogue.get(ti.indicatorId);
    if (indicator === undefined) continue;
    const d: IndicatorDelivery = p1Delivery({ indicator, subContractId: input.subContractId, quarter: input.quarter, profiles: input.profiles, returns: input.returns });
    rows.push({
      indicatorId: indicator.id,
      name: indicator.name,
      key: indicator.key,
      quarterly: { ...d.quarterly, rag: rag(d.quarterly.percent, input.settings) },
      yearToDate: { ...d.yearToDate, rag: rag(d.yearToDate.percent, input.settings) },
    });
  }
  return { subContractId: input.subContractId, quarter: input.quarter, indicators: rows, earlyWarning: p3EarlyWarning(input) };
}
