import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { localizedNameSchema, localizedTextSchema } from './localized'
import { email, isStorableText, nameText, queryInt, text } from './primitives'
import { INSTITUTION_KINDS, MEMBER_ROLES } from '../roles'

const localeCode = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
export { email }
/** At least 10 characters with a letter and a digit; bcrypt reads 72 bytes at most. Never trimmed: spaces count. */
export const password = z.string().min(10).max(72).regex(/\p{L}/u).regex(/\d/).refine(isStorableText)

/** Any IANA zone the runtime can format in (its list omits current names like Asia/Ho_Chi_Minh). */
export const timeZone = z.string().max(64).regex(/^[A-Za-z][A-Za-z0-9_+\-/]*$/).refine(isTimeZone)
function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  }
  catch { return false }
}

export const signUpSchema = z.object({
  email,
  password,
  displayName: nameText(200),
  locale: localeCode.default('en'),
  /** The terms and privacy notice, accepted on the sign-up page (required there); omitted, the banner asks after sign-in. */
  acceptNotices: z.literal(true).optional(),
  /** The browser's zone, kept as the person's until they choose another. */
  timeZone: timeZone.optional(),
})
/** timeZone: the browser's, stored on a profile that has none yet (its first sign-in). */
export const logInSchema = z.object({ email, password: z.string().min(1).max(200).refine(isStorableText), timeZone: timeZone.optional() })
export const changePasswordSchema = z.object({ currentPassword: z.string().min(1).max(200).refine(isStorableText), newPassword: password })
export const resetRequestSchema = z.object({ email, locale: localeCode.default('en') })
export const resetConfirmSchema = z.object({ token: z.string().min(20).max(200).refine(isStorableText), password })
export const signUpConfirmSchema = z.object({ token: z.string().min(20).max(200).refine(isStorableText), timeZone: timeZone.optional() })

export const profileUpdateSchema = z.object({
  displayName: nameText(200).optional(),
  preferredLocale: localeCode.optional(),
  timeZone: timeZone.optional(),
  thaiBuddhistCalendar: z.boolean().optional(),
  avatarFileId: z.string().uuid().nullable().optional(),
})

export const institutionInputSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
  kind: z.enum(INSTITUTION_KINDS),
  country: z.string().regex(/^[A-Z]{2}$/),
  city: localizedNameSchema(200).default({}),
  name: localizedNameSchema(300).refine(v => Object.keys(v).length > 0),
  description: localizedTextSchema(20000).default({}),
  website: text(500).url().regex(/^https?:\/\//).nullable().default(null),
  logoFileId: z.string().uuid().nullable().default(null),
})
export const institutionPatchSchema = institutionInputSchema.partial()

export const institutionFilterSchema = z.object({
  q: text(200).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  kind: z.enum(INSTITUTION_KINDS).optional(),
})

export const membershipInputSchema = z.object({
  userId: z.string().uuid(),
  institutionId: z.string().uuid(),
  role: z.enum(MEMBER_ROLES),
})

export const pageSchema = z.object({
  limit: queryInt(1, 200).default(50),
  /** An audit row id (bigint): any whole number JavaScript holds exactly. */
  before: queryInt(1, Number.MAX_SAFE_INTEGER).optional(),
})

export type SignUpInput = z.infer<typeof signUpSchema>
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>
export type InstitutionInput = z.infer<typeof institutionInputSchema>
export type InstitutionFilter = z.infer<typeof institutionFilterSchema>
