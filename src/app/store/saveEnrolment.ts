import type { EnrolResponse } from '../../core/sync';
import { instantToMs } from '../../core/time';
import type { AppDb } from './db';
import { storageError } from './storageError';
import { THIS_DEVICE, type DeviceRow } from './types';

/**
 * Keeps what the hub gave the device at enrolment — its token, member and reference data — and
 * the first measure of the clock skew, in one transaction. Enrolling again replaces them and
 * keeps every record and outbox entry.
 */
export async function saveEnrolment(
  db: AppDb,
  response: EnrolResponse,
  { deviceName, storagePersisted, now = new Date() }: { deviceName: string; storagePersisted: boolean | null; now?: Date },
): Promise<DeviceRow> {
  const at = now.toISOString();
  const device: DeviceRow = {
    key: THIS_DEVICE,
    deviceId: response.deviceId,
    token: response.token,
    memberId: response.memberId,
    deviceName,
    enrolledAt: at,
    storagePersisted,
  };
  try {
    await db.transaction('rw', [db.device, db.reference, db.meta], async () => {
      await db.device.put(device);
      await db.reference.put({ key: THIS_DEVICE, data: response.reference, receivedAt: at });
      await db.meta.put({ key: 'clockSkewMs', value: now.getTime() - instantToMs(response.hubTime) });
    });
  } catch (error) {
    throw storageError(error);
  }
  return device;
}
