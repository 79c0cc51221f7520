/**
 * The ways a change to the store can be refused, each with a message written for the person
 * using the device. Whatever the error, nothing was written.
 */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The device's storage is full (QuotaExceededError). What was saved before is still there. */
export class StorageFullError extends StoreError {
  override name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      'This device’s storage is full, so this was not saved. Your answers are still on the screen. Free some space (delete photos or other apps’ data), then save again. Everything saved before is safe.',
      options,
    );
  }
}

/** One field of a record that is not right, by its path in the record. */
export type FieldIssue = { path: string; message: string };

/** The record does not pass the core schema or does not fit the member's set-up. */
export class RecordInvalidError extends StoreError {
  override name = 'RecordInvalidError';
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(`The record was not saved: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
    this.issues = issues;
  }
}

/** The person may not make this change (a volunteer logging someone else's hours, …). */
export class NotAllowedError extends StoreError {
  override name = 'NotAllowedError';
}

/** The quarter's return has been sealed, so its records can no longer change. */
export class QuarterSealedError extends StoreError {
  override name = 'QuarterSealedError';
}

/** The device has not been enrolled (or its set-up is missing). */
export class NotEnrolledError extends StoreError {
  override name = 'NotEnrolledError';
  constructor() {
    super('This device is not set up yet. Enrol it with a code from the hub first.');
  }
}

export class RecordNotFoundError extends StoreError {
  override name = 'RecordNotFoundError';
}
