import { z } from 'zod';
import { Id } from '../schemas/ids';
import { ReturnVersion } from '../schemas/returns';
import { Instant, LocalDate, QuarterId } from '../time';

/**
 * A sealed return version travels once and is never edited: a resubmission is a new version with
 * its own id. So a return change is always a create (version 1 on base 0) of that version.
 */
export const ReturnChange = z
  .object({
    changeId: Id,
    entity: z.literal('return'),
    entityId: Id,
    op: z.literal('upsert'),
    version: z.literal(1),
    baseVersion: z.literal(0),
    personId: Id,
    deviceTime: Instant,
    data: ReturnVersion,
  })
  .refine((c) => c.data.id === c.entityId, { message: 'The return version must have the change’s id', path: ['data'] })
  .refine((c) => c.data.seal !== null && c.data.state === 'sealed', {
    message: 'Only a sealed return is sent to the hub',
    path: ['data', 'seal'],
  });
export type ReturnChange = z.infer<typeof ReturnChange>;

/** A manager's answer to a hub query, by comment (figures change through a resubmitted version). */
export const QueryAnswer = z.object({
  id: Id,
  queryId: Id,
  comment: z.string().trim().min(1, 'Write an answer to the query').max(2000),
});
export type QueryAnswer = z.infer<typeof QueryAnswer>;

export const QueryAnswerChange = z
  .object({
    changeId: Id,
    entity: z.literal('query-answer'),
    entityId: Id,
    op: z.literal('upsert'),
    version: z.literal(1),
    baseVersion: z.literal(0),
    personId: Id,
    deviceTime: Instant,
    data: QueryAnswer,
  })
  .refine((c) => c.data.id === c.entityId, { message: 'The answer must have the change’s id', path: ['data'] });
export type QueryAnswerChange = z.infer<typeof QueryAnswerChange>;

export const ExtensionRequest = z.object({
  id: Id,
  subContractId: Id,
  quarter: QuarterId,
  requestedDueDate: LocalDate,
  reason: z.string().trim().min(10, 'Say why you need more time, in a sentence or two').max(2000),
});
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;

export const ExtensionRequestChange = z
  .object({
    changeId: Id,
    entity: z.literal('extension-request'),
    entityId: Id,
    op: z.literal('upsert'),
    version: z.literal(1),
    baseVersion: z.literal(0),
    personId: Id,
    deviceTime: Instant,
    data: ExtensionRequest,
  })
  .refine((c) => c.data.id === c.entityId, { message: 'The request must have the change’s id', path: ['data'] });
export type ExtensionRequestChange = z.infer<typeof ExtensionRequestChange>;

/** The hub's answer to an extension request, as a device pulls it. */
export const ExtensionDecision = ExtensionRequest.extend({
  state: z.enum(['requested', 'granted', 'declined']),
  decidedBy: z.string().nullable(),
  decidedAt: Instant.nullable(),
  decisionReason: z.string().nullable(),
  /** The due date granted, which may differ from the one requested. */
  grantedDueDate: LocalDate.nullable(),
});
export type ExtensionDecision = z.infer<typeof ExtensionDecision>;
