import { z } from 'zod'

/** The chair's directory search for reviewers: a part of a name. */
export const reviewerSearchQuery = z.object({ q: z.string().trim().min(2).max(100) })

/** A route id of the review side (conference, submission, assignment, reviewer row). */
export const reviewIdParam = z.string().uuid()

/** A reviewer's conflict with the submission of their assignment, with an optional reason for the chairs. */
export const submissionConflictSchema = z.object({ reason: z.string().trim().max(1000).nullable().default(null).transform(v => v || null) })
