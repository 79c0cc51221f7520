import type { EnrolmentCodeIssued } from '../../core/hub-api';
import type { EnrolRequest, EnrolResponse } from '../../core/sync';
import type { Db, Queryable } from '../db/db';
import { enrolmentCodeState, insertEnrolmentCode, useEnrolmentCode } from '../db/queries/enrolment-codes';
import { insertDevice } from '../db/queries/devices';
import { findMember, memberShareRows } from '../db/queries/reference-items';
import { ProblemError } from '../http/problems';
import { memberShare } from './reference-items';
import { hashSecret, randomEnrolmentCode, randomToken } from './secrets';
import { uuidv7 } from './uuidv7';

export const ENROLMENT_CODE_TTL_MS = 24 * 60 * 60 * 1000;

/** A one-time code for `memberId`, valid for `ttlMs`; the hub keeps only its hash. */
export async function issueEnrolmentCode(
  q: Queryable,
  memberId: string,
  options: { now: Date; createdBy: string | null; ttlMs?: number },
): Promise<EnrolmentCodeIssued> {
  const member = await findMember(q, memberId);
  if (!member) throw new ProblemError('memberNotFound', `There is no member with id '${memberId}'. Check the address.`);
  const code = randomEnrolmentCode();
  const expiresAt = new Date(options.now.getTime() + (options.ttlMs ?? ENROLMENT_CODE_TTL_MS));
  await insertEnrolmentCode(q, {
    codeHash: hashSecret(code),
    memberId,
    createdBy: options.createdBy,
    createdAt: options.now,
    expiresAt,
  });
  return { code, memberId, memberName: member.name, expiresAt: expiresAt.toISOString() };
}

/**
 * Exchanges a code for a device token, in one transaction: the code is marked used before the
 * device is created, so of two devices racing with one code exactly one is enrolled.
 */
export async function enrolDevice(db: Db, request: EnrolRequest, now: Date): Promise<EnrolResponse> {
  const codeHash = hashSecret(request.code);
  const token = randomToken();
  const deviceId = uuidv7(now);
  return db.transaction(async (tx) => {
    const used = await useEnrolmentCode(tx, codeHash, deviceId, now);
    if (!used) throw codeProblem(await enrolmentCodeState(tx, codeHash, now));
    await insertDevice(tx, { id: deviceId, memberId: used.memberId, name: request.deviceName, tokenHash: hashSecret(token), enrolledAt: now });
    const reference = memberShare(used.memberId, await memberShareRows(tx, used.memberId));
    if (!reference) {
      throw new ProblemError('enrolmentCodeNotRecognised', 'That enrolment code is no longer valid: ask the hub for a new one.');
    }
    return { deviceId, token, memberId: used.memberId, reference, hubTime: now.toISOString() };
  });
}

function codeProblem(state: 'unknown' | 'used' | 'expired'): ProblemError {
  if (state === 'used') {
    return new ProblemError('enrolmentCodeUsed', 'That enrolment code has already been used. Each code enrols one device: ask the hub for a new one.');
  }
  if (state === 'expired') {
    return new ProblemError('enrolmentCodeExpired', 'That enrolment code has expired (codes last 24 hours). Ask the hub for a new one.');
  }
  return new ProblemError('enrolmentCodeNotRecognised', 'That enrolment code is not recognised. Check it against the one the hub gave you.');
}
