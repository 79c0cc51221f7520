import { uuidv7 } from '../uuidv7';

/**
 * The envelope of a change made once (a sealed return version, an answer, a request): a create,
 * version 1 on base 0, of the entity `entityId` (a new id unless given), by `personId` at `now`.
 */
export function madeOnceEnvelope(personId: string, now: Date, entityId: string = uuidv7(now.getTime())) {
  return {
    changeId: uuidv7(now.getTime()),
    entityId,
    op: 'upsert' as const,
    version: 1 as const,
    baseVersion: 0 as const,
    personId,
    deviceTime: now.toISOString(),
  };
}
