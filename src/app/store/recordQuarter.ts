import type { QuarterId, RecordData } from '../../core/schemas';
import { quarterOf } from '../../core/time';

/** The quarter a record counts in: its date's quarter, or a spend line's own quarter. */
export function recordQuarter(record: RecordData): QuarterId {
  return record.type === 'spend' ? record.quarter : quarterOf(record.date);
}
