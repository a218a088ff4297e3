import { describe, expect, it } from 'vitest'
import { issueMessage, issuesOf } from '../../shared/forms/issues'
import { instanceCreateSchema, instanceUpdateSchema } from '../../shared/schemas/evaluation'
import type { z } from 'zod'

const VERSION = '6f1c2a4e-8b1d-4c7e-9a3b-2d5e6f708192'
const INSTITUTION = '0b8e7a6c-5d4f-4e3a-8b2c-1d0e9f8a7b6c'
/** What the form shows at each wrong field: the path and the message key. */
function said(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value)
  return result.success ? [] : issuesOf(result.error, value).map(i => ({ path: i.path, key: issueMessage(i).key }))
}

describe('sending a form out: what the builder is told about a bad window or list', () => {
  it('a window closing before it opens is said as such at the closing field, on attaching and on moving it', () => {
    const window = { opensAt: '2027-03-02T00:00:00Z', closesAt: '2027-03-01T00:00:00Z' }
    expect(said(instanceCreateSchema, { target: 'mobility', versionId: VERSION, callId: VERSION, ...window }))
      .toEqual([{ path: 'closesAt', key: 'forms.issues.closesBeforeOpening' }])
    expect(said(instanceUpdateSchema, window)).toEqual([{ path: 'closesAt', key: 'forms.issues.closesBeforeOpening' }])
    expect(said(instanceUpdateSchema, { closesAt: window.closesAt })).toEqual([])
  })

  it('a list with nobody on it asks for a recipient; "all member institutions" is enough on its own', () => {
    const list = { target: 'list', versionId: VERSION, opensAt: '2027-03-01T00:00:00Z' }
    expect(said(instanceCreateSchema, list)).toEqual([{ path: 'institutionIds', key: 'forms.issues.noRecipients' }])
    expect(said(instanceCreateSchema, { ...list, allMembers: true })).toEqual([])
    expect(said(instanceCreateSchema, { ...list, institutionIds: [INSTITUTION] })).toEqual([])
    expect(said(instanceCreateSchema, { target: 'list', versionId: VERSION, allMembers: true })).toEqual([{ path: 'opensAt', key: 'forms.issues.required' }])
  })
})
