import { z } from 'zod';
import { Id } from '../schemas/ids';
import { ReturnVersion } from '../schemas/returns';
import { Instant, LocalDate, QuarterId } from '../time';

/**
 * A change made once and never edited — a sealed return version, an answer, a request — is always
 * a create (version 1 on base 0) of an entity whose id is the change's.
 */
function madeOnceChange<E extends string, D extends z.ZodType<{ id: string }>>(entity: E, data: D, what: string) {
  return z
    .object({
      changeId: Id,
      entity: z.literal(entity),
      entityId: Id,
      op: z.literal('upsert'),
      version: z.literal(1),
      baseVersion: z.literal(0),
      personId: Id,
      deviceTime: Instant,
      data,
    })
    // TypeScript cannot see through z.object's output for a generic `data`; it is D's output.
    .refine((c) => (c as unknown as { data: { id: string }; entityId: string }).data.id === c.entityId, {
      message: `${what} must have the change’s id`,
      path: ['data'],
    });
}

/** A resubmission is a new return version with its own id, so a return change is made once too. */
export const ReturnChange = madeOnceChange('return', ReturnVersion, 'The return version').refine(
  (c) => c.data.seal !== null && c.data.state === 'sealed',
  { message: 'Only a sealed return is sent to the hub', path: ['data', 'seal'] },
);
export type ReturnChange = z.infer<typeof ReturnChange>;

/** A manager's answer to a hub query, by comment (figures change through a resubmitted version). */
export const QueryAnswer = z.object({
  id: Id,
  queryId: Id,
  comment: z.string().trim().min(1, 'Write an answer to the query').max(2000),
});
export type QueryAnswer = z.infer<typeof QueryAnswer>;

export const QueryAnswerChange = madeOnceChange('query-answer', QueryAnswer, 'The answer');
export type QueryAnswerChange = z.infer<typeof QueryAnswerChange>;

export const ExtensionRequest = z.object({
  id: Id,
  subContractId: Id,
  quarter: QuarterId,
  requestedDueDate: LocalDate,
  reason: z.string().trim().min(10, 'Say why you need more time, in a sentence or two').max(2000),
});
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;

export const ExtensionRequestChange = madeOnceChange('extension-request', ExtensionRequest, 'The request');
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
