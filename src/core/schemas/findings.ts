import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** One result of validation (DESIGN §2). Errors block sealing; warnings need an explanation. */
export const Finding = z.object({
  /** T, C, A, P: DESIGN §4. S: sync scope and permission checks at the hub (DESIGN §6). */
  ruleId: z.string().regex(/^[TCAPS]\d+$/, 'A rule id is a letter and a number, like C1'),
  severity: Severity,
  /** Dotted path to the field, e.g. "figures.unique-clients.breakdowns.age-band". */
  path: z.string(),
  message: z.string().min(1),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** Explanations are keyed by rule and path, so one explanation answers one warning. */
export const findingKey = (f: Pick<Finding, 'ruleId' | 'path'>): string => `${f.ruleId}:${f.path}`;
