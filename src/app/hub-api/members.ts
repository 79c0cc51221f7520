import { DeviceList, DeviceSummary, EnrolmentCodeIssued, MemberList } from '../../core/hub-api';
import type { HubClient } from './client';

const memberPath = (memberId: string) => `/api/members/${encodeURIComponent(memberId)}`;

/** GET /api/members: every member of the consortium with its number of devices. */
export function listMembers(client: HubClient): Promise<MemberList> {
  return client.get('/api/members', MemberList);
}

/** GET /api/members/:memberId/devices */
export function listDevices(client: HubClient, memberId: string): Promise<DeviceList> {
  return client.get(`${memberPath(memberId)}/devices`, DeviceList);
}

/** POST /api/devices/:deviceId/revoke: the device gets "401" from now on and keeps its local data. */
export function revokeDevice(client: HubClient, deviceId: string): Promise<DeviceSummary> {
  return client.send('POST', `/api/devices/${encodeURIComponent(deviceId)}/revoke`, DeviceSummary);
}

/** POST /api/members/:memberId/enrolment-codes: a one-time code for one device, valid for 24 hours. */
export function createEnrolmentCode(client: HubClient, memberId: string): Promise<EnrolmentCodeIssued> {
  return client.send('POST', `${memberPath(memberId)}/enrolment-codes`, EnrolmentCodeIssued);
}
