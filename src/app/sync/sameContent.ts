import type { RecordData } from '../../core/schemas';

/** Fields that say who changed a record and when, not what it says. */
const STAMPS = new Set(['version', 'updatedAt', 'personId', 'deleted', 'quarter']);

/**
 * Whether two copies of a record say the same thing, whoever saved them and whatever their
 * versions: two devices that made the same correction do not need a person to choose.
 * Key order does not matter (the hub's JSON comes back in its own order).
 */
export function sameContent(a: RecordData, b: RecordData): boolean {
  return canonical(a, true) === canonical(b, true);
}

function canonical(value: unknown, top = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => v !== undefined && !(top && STAMPS.has(key)))
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
