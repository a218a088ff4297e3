import { z } from 'zod'

/** What a results breakdown groups responses by; the last three read the respondent's (first) membership. */
export const BREAKDOWNS = ['locale', 'activity', 'instance', 'institution', 'country', 'role'] as const
export type Breakdown = (typeof BREAKDOWNS)[number]

/** ?by=country on a results route; none gives the overall figures only. */
export const resultsQuerySchema = z.object({ by: z.enum(BREAKDOWNS).optional() })

/** An activity's results: one of the forms used by its instances (default: its latest instance's form). */
export const activityResultsQuerySchema = resultsQuerySchema.extend({ form: z.string().uuid().optional() })
