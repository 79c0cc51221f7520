import { z } from 'zod';
import { Id } from './ids';

/** Every category set includes this category (DESIGN §2). */
export const NOT_KNOWN = 'not-known';

export const Category = z.object({ id: Id, label: z.string().min(1) });
export type Category = z.infer<typeof Category>;

/** A category set an indicator can be broken down by: age band, gender, ethnicity, ward. */
export const CategorySet = z
  .object({ id: Id, name: z.string().min(1), categories: z.array(Category).min(2) })
  .refine((s) => s.categories.some((c) => c.id === NOT_KNOWN), {
    message: `Every category set must include "${NOT_KNOWN}" (not known / prefer not to say)`,
    path: ['categories'],
  })
  .refine((s) => new Set(s.categories.map((c) => c.id)).size === s.categories.length, {
    message: 'Category ids must be unique within a set',
    path: ['categories'],
  });
export type CategorySet = z.infer<typeof CategorySet>;

export const IndicatorKind = z.enum(['count', 'hours', 'money']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/**
 * How a figure is derived from records. `manual` figures are typed in by the manager.
 * The logical rules (A3) and aggregation find indicators by their source, not by name.
 */
export const IndicatorSource = z.enum([
  'unique-clients', // distinct client refs with a contact or an outcome in the period (an outcome is support too)
  'new-clients', // distinct client refs with a contact marked new
  'sessions', // number of contact/session records
  'interventions', // sum of interventions on contacts
  'outcome', // distinct client refs with an outcome record for this indicator
  'volunteer-hours', // sum of volunteer hours
  'spend', // sum of spend lines (pence)
  'manual',
]);
export type IndicatorSource = z.infer<typeof IndicatorSource>;

export const Indicator = z.object({
  id: Id,
  name: z.string().min(1),
  description: z.string().default(''),
  kind: IndicatorKind,
  source: IndicatorSource,
  /** Category sets this indicator may be broken down by; the template says which are required. */
  breakdowns: z.array(Id).default([]),
  /** Key indicators drive early warning (P3). */
  key: z.boolean().default(false),
});
export type Indicator = z.infer<typeof Indicator>;

/** Unique-client figures cannot be summed across members or quarters (P6, A5). */
export const isUniqueClientIndicator = (i: Pick<Indicator, 'source'>): boolean =>
  i.source === 'unique-clients' || i.source === 'new-clients' || i.source === 'outcome';
