import { signal } from '@preact/signals';
import type { EnrolmentCodeIssued } from '../../core/hub-api';
import { createEnrolmentCode } from '../hub-api';
import { hubClient } from './hubSession';

/**
 * The enrolment code just created, for the page that shows it. Only in memory: the hub keeps a
 * hash, so the code cannot be shown again after a reload (make a new one instead).
 */
export const issuedEnrolmentCode = signal<EnrolmentCodeIssued | null>(null);

export async function issueEnrolmentCode(memberId: string): Promise<EnrolmentCodeIssued> {
  const issued = await createEnrolmentCode(hubClient, memberId);
  issuedEnrolmentCode.value = issued;
  return issued;
}
