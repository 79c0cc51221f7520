import { z } from 'zod';
import { Id } from '../schemas/ids';
import { RecordData } from '../schemas/records';
import { Finding } from '../schemas/findings';
import { Instant } from '../time';
import { ExtensionRequestChange, QueryAnswerChange, ReturnChange } from './return-changes';

/**
 * One change made on a device, as it travels in a push. `changeId` makes a retry safe: the hub
 * answers `duplicate` for a change it already has. `baseVersion` is the version the device
 * changed (0 for a new record); the hub answers `conflict` when it holds a different one.
 */
export const RecordChange = z
  .object({
    changeId: Id,
    entity: z.literal('record'),
    entityId: Id,
    op: z.enum(['upsert', 'delete']),
    version: z.int().min(1),
    baseVersion: z.int().min(0),
    personId: Id,
    deviceTime: Instant,
    data: RecordData.nullable(),
  })
  .refine((c) => c.version === c.baseVersion + 1, { message: 'version must be baseVersion + 1', path: ['version'] })
  .refine((c) => (c.op === 'delete' ? c.data === null : c.data !== null), {
    message: 'An upsert carries the record; a delete carries none',
    path: ['data'],
  })
  .refine((c) => c.data === null || (c.data.id === c.entityId && c.data.version === c.version), {
    message: 'The record must have the change’s id and version',
    path: ['data'],
  });
export type RecordChange = z.infer<typeof RecordChange>;

/**
 * Anything a device pushes, told apart by `entity`: records, sealed return versions, answers to
 * hub queries and extension requests. All travel through the same outbox and the same push.
 */
export const Change = z.discriminatedUnion('entity', [RecordChange, ReturnChange, QueryAnswerChange, ExtensionRequestChange]);
export type Change = z.infer<typeof Change>;
export type ChangeEntity = Change['entity'];

/** The hub's copy of an entity, sent back with a conflict and in pulls. */
export const HubCopy = z.object({
  entityId: Id,
  version: z.int().min(1),
  deleted: z.boolean(),
  data: RecordData.nullable(),
});
export type HubCopy = z.infer<typeof HubCopy>;

export const ChangeResult = z.discriminatedUnion('status', [
  z.object({ changeId: Id, status: z.literal('applied'), version: z.int() }),
  z.object({ changeId: Id, status: z.literal('duplicate'), version: z.int() }),
  z.object({ changeId: Id, status: z.literal('conflict'), hubCopy: HubCopy }),
  z.object({ changeId: Id, status: z.literal('rejected'), findings: z.array(Finding).min(1) }),
]);
export type ChangeResult = z.infer<typeof ChangeResult>;
