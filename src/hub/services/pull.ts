import type { PullResponse } from '../../core/sync';
import type { Db } from '../db/db';
import { readChangeHead } from '../db/queries/change-head';
import { touchDevice } from '../db/queries/devices';
import { memberRecordsBetween } from '../db/queries/records';
import { memberShareRows, shareChangedBetween } from '../db/queries/reference-items';
import { ProblemError } from '../http/problems';
import { hubCopyOf } from './decide-change';
import { memberShare } from './reference-items';
import type { PushingDevice } from './apply-push';
import { memberReturnChanges } from './returns/member-return-changes';

/**
 * What changed for the device's member since `since` (DESIGN §5): the member's share of the
 * reference data, whole, when any of it changed; the member's records that changed, oldest
 * first, a page at a time; and the new cursor.
 *
 * A device belongs to a member, not to a person, so it gets all of the member's records; the app
 * shows a volunteer only their own hours. Returns (with the hub's state), queries and extension
 * decisions come whole whenever they changed within the same range of change numbers.
 *
 * The head is read first: every change numbered up to it is committed (see change-head.ts),
 * so reading up to it and handing it out as the cursor never skips a change.
 */
export async function pullChanges(
  db: Db,
  device: PushingDevice,
  since: number,
  options: { now: Date; pageSize: number },
): Promise<PullResponse> {
  const head = await readChangeHead(db);
  if (since > head) {
    throw new ProblemError(
      'cursorAhead',
      `The cursor ${since} is ahead of this hub (${head}): the hub's database may have been reset or restored. Pull again from 0.`,
    );
  }
  const page = await memberRecordsBetween(db, device.memberId, since, head, options.pageSize + 1);
  const hasMore = page.length > options.pageSize;
  const records = hasMore ? page.slice(0, options.pageSize) : page;
  const upTo = hasMore ? records[records.length - 1]!.seq : head;
  const changed = await shareChangedBetween(db, device.memberId, since, upTo);
  const reference = changed ? (memberShare(device.memberId, await memberShareRows(db, device.memberId)) ?? null) : null;
  const returnChanges = await memberReturnChanges(db, device.memberId, since, upTo);
  await touchDevice(db, device.deviceId, options.now, null);
  return {
    cursor: String(upTo),
    hasMore,
    hubTime: options.now.toISOString(),
    reference,
    records: records.map(hubCopyOf),
    ...returnChanges,
  };
}
