import type { ValidationSettings } from '../schemas';

export type Rag = 'green' | 'amber' | 'red';
export type RagThresholds = Pick<ValidationSettings, 'ragGreenPercent' | 'ragAmberPercent'>;

/**
 * P2 RAG from a delivery %: green at or above ragGreenPercent (default 95), amber at or above
 * ragAmberPercent (85), red below. Null when there is no % (no target, or no figure yet).
 */
export function rag(percent: number | null, thresholds: RagThresholds): Rag | null {
  if (percent === null || Number.isNaN(percent)) return null;
  if (percent >= thresholds.ragGreenPercent) return 'green';
  if (percent >= thresholds.ragAmberPercent) return 'amber';
  return 'red';
}
