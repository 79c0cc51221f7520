import { z } from 'zod';
import { type LocalDate, describeDate, EXTENSION_REASON_MIN_LENGTH } from '../../core/time';

/** Answering a hub query with a comment. */
export const queryAnswerSchema = () =>
  z.object({
    comment: z.string().trim().min(1, 'Write your answer to the query').max(2000, 'An answer is at most 2,000 characters'),
  });
export type QueryAnswerValues = { comment: string };

/** Asking for an extension: a date after the current due date, and why. */
export const extensionSchema = (currentDue: LocalDate) =>
  z.object({
    requestedDueDate: z
      .string()
      .min(1, 'Enter the date you need the return to be due')
      .pipe(z.iso.date({ error: 'The date must be a real date, for example 29 1 2027' }))
      .refine((d) => d > currentDue, `The date must be after the current due date, ${describeDate(currentDue)}`),
    reason: z
      .string()
      .trim()
      .min(EXTENSION_REASON_MIN_LENGTH, `Say why you need more time, in at least ${EXTENSION_REASON_MIN_LENGTH} characters`)
      .max(2000, 'A reason is at most 2,000 characters'),
  });
export type ExtensionValues = { requestedDueDate: string; reason: string };
