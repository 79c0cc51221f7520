import type { Finding } from '../../../core/schemas';
import type { ClockSkew } from '../../../core/timeliness';
import type { Queryable } from '../../db/db';
import type { MemberScope } from '../../db/queries/reference-items';
import type { HubReference } from './hub-reference';

/** What the services that take a device's return, query answer or extension request need. */
export interface MemberChangeContext {
  tx: Queryable;
  memberId: string;
  deviceId: string;
  deviceName: string;
  scope: MemberScope;
  ref: HubReference;
  now: Date;
  /** Device clock skew at the device's last sync before this push, if it ever synced. */
  previousSkew: ClockSkew | undefined;
  /** Device clock skew this push shows (push deviceTime − hub time). */
  pushSkew: ClockSkew;
}

/** A service's answer: applied, or rejected with findings (which change nothing). */
export type MemberChangeVerdict = { applied: true } | { applied: false; findings: Finding[] };

export const rejected = (...findings: Finding[]): MemberChangeVerdict => ({ applied: false, findings });

export function refusal(ruleId: 'S1' | 'S2' | 'S3' | 'T1', path: string, message: string, actual?: unknown): Finding {
  return { ruleId, severity: 'error', path, message, ...(actual === undefined ? {} : { actual }) };
}

/** The person's display name on the hub, or their id. */
export function personName(ctx: Pick<MemberChangeContext, 'ref'>, personId: string): string {
  return ctx.ref.people.get(personId)?.displayName ?? personId;
}
