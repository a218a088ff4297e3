import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'

/** A feed secret: 32 random bytes in base64url (server/domain/calendar/feed-tokens.ts makes them). */
export const FEED_SECRET = /^[A-Za-z0-9_-]{43}$/

/** The last path segment of a calendar file: `<id>.ics`; the route answers only for that name. */
function icsName<T extends z.ZodType<string, string>>(inner: T) {
  return z.string().max(200).regex(/\.ics$/).transform(name => name.slice(0, -'.ics'.length)).pipe(inner)
}

export const activityIcsParam = icsName(z.uuid())
export const sessionIcsParam = icsName(z.uuid())
export const institutionIcsParam = icsName(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80))
export const feedIcsParam = icsName(z.string().regex(FEED_SECRET))

/** ?locale=th picks the language of a public calendar file; without it, the request's language. */
export const icsQuerySchema = z.object({
  locale: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]).optional(),
})
