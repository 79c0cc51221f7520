import type { Finding } from '../../../core/schemas';
import { StoreError } from '../errors';

/** Sealing was refused: errors remain or warnings lack an explanation (each listed). Nothing was written. */
export class SealRefusedError extends StoreError {
  override name = 'SealRefusedError';
  readonly problems: Finding[];
  constructor(message: string, problems: Finding[] = []) {
    super(message);
    this.problems = problems;
  }
}

/** The return is accepted and locked at the hub (or otherwise closed to a new version). */
export class ReturnClosedError extends StoreError {
  override name = 'ReturnClosedError';
}

/** There is no draft (or query, …) to act on. */
export class ReturnNotFoundError extends StoreError {
  override name = 'ReturnNotFoundError';
}
