import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'

/** Closing an account asks for the password again, so a borrowed unlocked browser cannot do it. */
export const closeAccountSchema = z.object({ password: z.string().min(1).max(200) })

/** The language the notices were shown in, recorded with the consent. */
export const consentSchema = z.object({ locale: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]) })
