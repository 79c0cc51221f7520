import type { Finding, RecordData } from '../../core/schemas';
import type { RecordChange } from '../../core/sync';
import type { StoredRecord } from '../db/queries/records';
import type { MemberScope } from '../db/queries/reference-items';

/**
 * The hub's own checks on a change before it may apply (DESIGN §6). S1: the change stays inside
 * the device's member. S2: the person may do this (volunteers write only their own volunteer
 * hours; only managers record spend). Messages never say what exists in another member.
 * Runs for every change of every push, so it allocates nothing when all is well.
 */
export function scopeFindings(
  change: RecordChange,
  memberId: string,
  scope: MemberScope,
  existing: StoredRecord | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const role = scope.people.get(change.personId);
  if (role === undefined) {
    findings.push(finding('S1', 'personId', 'The person who made this change is not one of your organisation’s people on the hub', change.personId));
  }
  if (existing && existing.memberId !== memberId) {
    // The record id is taken by someone else; say no more than that.
    findings.push(finding('S1', 'entityId', 'The hub cannot accept this record: its id is already in use. Make it again as a new record.'));
    return findings;
  }
  const data = change.data;
  if (data) {
    if (data.memberId !== memberId) {
      findings.push(finding('S1', 'data.memberId', 'This record names another organisation: a device can only send its own organisation’s records', data.memberId));
    }
    if (!scope.subContractIds.has(data.subContractId)) {
      findings.push(finding('S1', 'data.subContractId', 'This record is for a sub-contract your organisation does not hold', data.subContractId));
    }
    if (data.personId !== change.personId) {
      findings.push(finding('S1', 'data.personId', 'The record must name the person who made the change', data.personId));
    }
    if (data.type === 'volunteer-hours' && !scope.people.has(data.volunteerId)) {
      findings.push(finding('S1', 'data.volunteerId', 'The volunteer is not one of your organisation’s people on the hub', data.volunteerId));
    }
  }
  if (role !== undefined) {
    const refused = permissionProblem(role, change.personId, data, existing?.data ?? null);
    if (refused) findings.push(finding('S2', 'data', refused));
  }
  return findings;
}

/** Why `role` may not make this change, or undefined when it may. */
function permissionProblem(role: string, personId: string, data: RecordData | null, before: RecordData | null): string | undefined {
  if (role === 'volunteer' && !(ownHours(data, personId) && ownHours(before, personId))) {
    return 'A volunteer can only record and change their own volunteer hours';
  }
  if (role !== 'manager' && (data?.type === 'spend' || before?.type === 'spend')) return 'Only a manager can record or change spend';
  return undefined;
}

function ownHours(record: RecordData | null, personId: string): boolean {
  return record === null || (record.type === 'volunteer-hours' && record.volunteerId === personId);
}

function finding(ruleId: 'S1' | 'S2', path: string, message: string, actual?: unknown): Finding {
  return actual === undefined ? { ruleId, severity: 'error', path, message } : { ruleId, severity: 'error', path, message, actual };
}
