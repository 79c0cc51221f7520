import { z } from 'zod';
import { ReferenceData } from '../schemas/reference-data';
import { Query } from '../schemas/returns';
import { Instant } from '../time';
import { HubCopy } from './change';
import { HubReturn } from './hub-return';
import { ExtensionDecision } from './return-changes';

/** An opaque position in the hub's change log; "0" means from the beginning. */
export const Cursor = z.string().regex(/^\d{1,19}$/, 'A cursor is the number a previous pull returned');
export type Cursor = z.infer<typeof Cursor>;

export const PullQuery = z.object({ since: Cursor.default('0') });

/**
 * What changed for this device's member since the cursor. Reference data comes whole when any
 * of it changed (it is small); records, returns, queries and extension decisions come as the
 * rows that changed. A return, query or extension comes whole, as it is now, whenever it changed.
 */
export const PullResponse = z.object({
  cursor: Cursor,
  hasMore: z.boolean(),
  hubTime: Instant,
  reference: ReferenceData.nullable(),
  records: z.array(HubCopy),
  returns: z.array(HubReturn).default([]),
  queries: z.array(Query).default([]),
  extensions: z.array(ExtensionDecision).default([]),
});
export type PullResponse = z.infer<typeof PullResponse>;
