import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'

/** What a results breakdown groups responses by; the last three read the respondent's (first) membership. */
export const BREAKDOWNS = ['locale', 'activity', 'instance', 'institution', 'country', 'role'] as const
export type Breakdown = (typeof BREAKDOWNS)[number]

/** ?by=country on a results route; none gives the overall figures only. */
export const resultsQuerySchema = z.object({ by: z.enum(BREAKDOWNS).optional() })

/** An activity's results: one of the forms used by its instances (default: its latest instance's form). */
export const activityResultsQuerySchema = resultsQuerySchema.extend({ form: z.string().uuid().optional() })

/** The two languages of an evaluation report PDF: ?left=zh&right=km (charts are labelled in the left one). */
const reportLocale = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
export const reportQuerySchema = z.object({ left: reportLocale, right: reportLocale })
