import type { ReturnFigure, ReturnVersion } from '../schemas';
import type { QuarterId } from '../time';

/**
 * A sub-contract's returns by quarter, the newest version of each. Performance is judged on the
 * returns the caller passes: at the hub, usually those accepted (or at least received).
 */
export function returnsByQuarter(returns: readonly ReturnVersion[], subContractId: string): Map<QuarterId, ReturnVersion> {
  const out = new Map<QuarterId, ReturnVersion>();
  for (const r of returns) {
    if (r.subContractId !== subContractId) continue;
    const held = out.get(r.quarter);
    if (held === undefined || r.version > held.version) out.set(r.quarter, r);
  }
  return out;
}

/** The figure for an indicator in a return (the first, if given twice); undefined when absent. */
export function figureOf(ret: ReturnVersion | undefined, indicatorId: string): ReturnFigure | undefined {
  return ret?.figures.find((f) => f.indicatorId === indicatorId);
}
