import { saveEnrolment } from '../store/saveEnrolment';
import { requestPersistentStorage } from '../store/storage';
import type { DeviceRow } from '../store/types';
import { enrol, type EnrolOptions } from '../sync/enrol';
import { activeDb } from './appState';

/**
 * Enrols this device: the code goes to the hub (the one request that needs a connection), then
 * the browser is asked to keep our storage persistently, then the device, its member's set-up
 * and the answer are stored. The network is never awaited inside a database transaction.
 */
export async function enrolThisDevice(answers: { code: string; deviceName: string }, options?: EnrolOptions): Promise<DeviceRow> {
  const response = await enrol(answers, options);
  const storagePersisted = await requestPersistentStorage();
  return saveEnrolment(activeDb(), response, { deviceName: answers.deviceName.trim(), storagePersisted });
}
