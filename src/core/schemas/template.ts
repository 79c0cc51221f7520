import { z } from 'zod';
import { Id } from './ids';

export const TemplateIndicator = z.object({
  indicatorId: Id,
  required: z.boolean().default(true),
  /** Category sets that must be filled for this indicator (C2). */
  requiredBreakdowns: z.array(Id).default([]),
});
export type TemplateIndicator = z.infer<typeof TemplateIndicator>;

export const NarrativeItem = z.object({
  id: Id,
  label: z.string().min(1),
  hint: z.string().default(''),
  required: z.boolean().default(true),
  minLength: z.int().nonnegative().default(0),
});
export type NarrativeItem = z.infer<typeof NarrativeItem>;

export const FinanceLine = z.object({
  id: Id,
  label: z.string().min(1),
  required: z.boolean().default(true),
});
export type FinanceLine = z.infer<typeof FinanceLine>;

/** Which indicators, breakdowns, narrative and finance lines a sub-contract reports each quarter. */
export const ReportingTemplate = z.object({
  id: Id,
  name: z.string().min(1),
  indicators: z.array(TemplateIndicator).min(1),
  narrative: z.array(NarrativeItem).default([]),
  financeLines: z.array(FinanceLine).default([]),
});
export type ReportingTemplate = z.infer<typeof ReportingTemplate>;
