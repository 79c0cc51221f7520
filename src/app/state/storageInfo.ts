import { storageEstimate, storagePersisted, type StorageUse } from '../store/storage';

export type StorageInfo = { use: StorageUse | null; persistedNow: boolean | null };

/** What the browser says about this app's storage right now (for settings). */
export async function readStorageInfo(): Promise<StorageInfo> {
  const [use, persistedNow] = await Promise.all([storageEstimate(), storagePersisted()]);
  return { use, persistedNow };
}

/** 1,234,567 bytes → "1.2 MB". */
export function describeBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

/** What the persistence answer means for the person. */
export function describePersistence(persisted: boolean | null): string {
  if (persisted === true) return 'Yes. The browser will not clear records on this device to free space.';
  if (persisted === false) {
    return 'No. If the device runs short of space the browser may clear records that have not reached the hub yet. Sync often, or add the app to the home screen.';
  }
  return 'Not known. This browser does not say whether it keeps storage.';
}
