import type { PrimeContractPerformance } from '../../../core/hub-api';
import type { ConsolidatedReturn } from '../../../core/performance';

/** P6 as hub staff see it (unsuppressed: it stays in the consortium), in the API's shape. */
export function consolidatedView(c: ConsolidatedReturn): PrimeContractPerformance['consolidated'] {
  return {
    figures: c.figures.map((f) => ({
      indicatorId: f.indicatorId,
      name: f.name,
      kind: f.kind,
      summable: f.summable,
      value: f.value,
      upperBound: f.upperBound,
      note: f.note,
      membersWithoutFigure: f.membersWithoutFigure,
    })),
    included: c.included,
    missing: c.missing,
  };
}
