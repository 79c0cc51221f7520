import { z } from 'zod';

/** The validation defaults of DESIGN §4, configurable per prime contract. */
export const ValidationSettings = z.object({
  /** C4: a figure further than this from its profile needs an explanation. */
  profileTolerancePercent: z.number().min(0).max(100).default(10),
  /** A6: modified z-score threshold and how many previous quarters it needs. */
  outlierZ: z.number().positive().default(3.5),
  outlierMinHistory: z.int().min(1).default(4),
  /** P2 RAG thresholds, as % of profile. */
  ragGreenPercent: z.number().default(95),
  ragAmberPercent: z.number().default(85),
  /** P3: run-rate projection to year end below this % is an early warning. */
  runRateWarningPercent: z.number().default(90),
});
export type ValidationSettings = z.infer<typeof ValidationSettings>;
export const defaultValidationSettings = (): ValidationSettings => ValidationSettings.parse({});
