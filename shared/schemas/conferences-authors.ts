import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { authorSchema } from './conferences'

/** A submission's file (the optional PDF and the camera-ready copy): an upload of the author's own, a PDF of at most this size. */
export const SUBMISSION_FILE_MAX_BYTES = 20 * 1024 * 1024

export const submissionFileSchema = z.object({ fileId: z.string().uuid().nullable() })
export const cameraReadySchema = z.object({ fileId: z.string().uuid() })

/** A co-author invited by email; the invitation goes out in `locale` unless the address is a portal person's (their own language). */
export const coauthorInviteSchema = z.object({
  author: authorSchema,
  locale: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]).default('en'),
})

/** Confirming a co-authorship: the row that names the signed-in person, or the emailed link's secret. */
export const authorshipConfirmSchema = z.object({
  authorId: z.string().uuid().nullable().default(null),
  token: z.string().min(20).max(200).nullable().default(null),
}).refine(c => Boolean(c.authorId) !== Boolean(c.token), { message: 'one_of', path: ['token'] })
