import { z } from 'zod'
import { AUDIT_ACTIONS, AUDITED_ENTITIES } from '../audit/events'
import { timeZone } from './platform'
import { isoDate, queryInt } from './primitives'

/** The audit page's filters; the dates are days in the reader's time zone, both ends included. */
export const auditFilterSchema = z.object({
  person: z.string().trim().max(200).optional(),
  institutionId: z.string().uuid().optional(),
  entity: z.enum(AUDITED_ENTITIES).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  timeZone: timeZone.default('UTC'),
  page: queryInt(1, 100_000).default(1),
})

export type AuditFilter = z.infer<typeof auditFilterSchema>
