import type { DetailFigure } from '../../../core/hub-api';
import { p1Delivery, rag } from '../../../core/performance';
import type { ReturnVersion } from '../../../core/schemas';
import type { HubReference, SubContractContext } from './hub-reference';

/**
 * The return's figures against the profile in force: P1 delivery % for the quarter and the year
 * to date, and its P2 RAG, for each indicator of the template. `returns` are the sub-contract's
 * returns (this one and the earlier quarters), newest version of each.
 */
export function detailFigures(ref: HubReference, sc: SubContractContext, quarter: string, current: ReturnVersion | undefined, returns: readonly ReturnVersion[]): DetailFigure[] {
  const indicators = new Map(ref.indicators.map((i) => [i.id, i]));
  const thresholds = sc.primeContract.settings;
  return sc.template.indicators.flatMap((ti): DetailFigure[] => {
    const indicator = indicators.get(ti.indicatorId);
    if (!indicator) return [];
    const figure = current?.figures.find((f) => f.indicatorId === ti.indicatorId);
    const delivery = p1Delivery({ indicator, subContractId: sc.subContract.id, quarter, profiles: sc.profiles, returns });
    return [
      {
        indicatorId: indicator.id,
        name: indicator.name,
        kind: indicator.kind,
        required: ti.required,
        value: figure?.value ?? null,
        derived: figure?.derived ?? null,
        overrideReason: figure?.overrideReason ?? '',
        yearToDate: figure?.yearToDate ?? null,
        target: delivery.quarterly.target,
        deliveryPercent: delivery.quarterly.percent,
        rag: rag(delivery.quarterly.percent, thresholds),
        yearToDateTarget: delivery.yearToDate.target,
        yearToDateDeliveryPercent: delivery.yearToDate.percent,
        yearToDateRag: rag(delivery.yearToDate.percent, thresholds),
        breakdowns: figure?.breakdowns ?? {},
      },
    ];
  });
}
