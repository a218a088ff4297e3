import { z } from 'zod'
import { COMMUNITY_COUNTRIES } from '../countries'
import { HOLIDAY_KINDS, PERIOD_KINDS } from '../calendar/holidays'
import { localizedNameSchema } from './localized'
import { isoDate, MAX_YEAR, MIN_YEAR, text } from './primitives'

const country = z.enum(COMMUNITY_COUNTRIES)
const someName = localizedNameSchema(200).refine(name => Object.keys(name).length > 0, { message: 'required' })

/** The holiday list the secretariat reads: one country, one year. */
export const holidayQuerySchema = z.object({
  country,
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR),
})
export type HolidayQuery = z.output<typeof holidayQuerySchema>

/** A holiday or make-up working day as the secretariat writes it. */
export const holidayInputSchema = z.object({
  country,
  day: isoDate,
  kind: z.enum(HOLIDAY_KINDS),
  name: someName,
  source: text(500).min(1),
})
export type HolidayInput = z.output<typeof holidayInputSchema>

/** An edit: the country stays. */
export const holidayUpdateSchema = holidayInputSchema.omit({ country: true })
export type HolidayUpdate = z.output<typeof holidayUpdateSchema>

const periodFields = {
  kind: z.enum(PERIOD_KINDS),
  startsOn: isoDate,
  endsOn: isoDate,
  name: localizedNameSchema(200),
}
type PeriodDays = { startsOn: string; endsOn: string }
const endsAfterStart = (p: PeriodDays) => p.endsOn >= p.startsOn
const atMostAYear = (p: PeriodDays) => (Date.parse(p.endsOn) - Date.parse(p.startsOn)) / 86_400_000 <= 366

/** A term, exam period or break of an institution (at most a year long, as the table holds). */
export const periodInputSchema = z.object(periodFields)
  .refine(endsAfterStart, { message: 'ends_before_start', path: ['endsOn'] })
  .refine(atMostAYear, { message: 'longer_than_a_year', path: ['endsOn'] })
export type PeriodInput = z.output<typeof periodInputSchema>

/** A new period names its institution. */
export const periodCreateSchema = z.object({ institutionId: z.string().uuid(), ...periodFields })
  .refine(endsAfterStart, { message: 'ends_before_start', path: ['endsOn'] })
  .refine(atMostAYear, { message: 'longer_than_a_year', path: ['endsOn'] })

export const periodQuerySchema = z.object({ institutionId: z.string().uuid().optional() })
