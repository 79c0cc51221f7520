/**
 * The browser's storage for this app. Persistent storage is asked for at enrolment so the
 * browser does not clear records that have not reached the hub when the device runs low.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

export type StorageUse = { usedBytes: number; quotaBytes: number };

/** How much this app stores and may store; null when the browser does not say. */
export async function storageEstimate(): Promise<StorageUse | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
    const { usage, quota } = await navigator.storage.estimate();
    if (usage === undefined || quota === undefined) return null;
    return { usedBytes: usage, quotaBytes: quota };
  } catch {
    return null;
  }
}

/** Whether the browser currently keeps this app's storage persistently; null when it cannot say. */
export async function storagePersisted(): Promise<boolean | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return null;
    return await navigator.storage.persisted();
  } catch {
    return null;
  }
}
