import type { z } from 'zod'

/**
 * What is wrong with one field of a request body, as the server's 422 reply lists it
 * (data.issues) and as a form's own check finds it before sending: the field's API path and why.
 */
export interface FieldIssue {
  path: string
  code: string
  /** The value at the path was missing or empty. */
  empty?: boolean
  minimum?: number
  maximum?: number
  /** Strings and arrays count characters or entries; numbers compare values; dates compare days. */
  origin?: string
  /** email, url, regex, date... for code invalid_format. */
  format?: string
  /** The reason a refinement of the shared schemas gave (not_a_day, not_a_phone, unstorable...). */
  reason?: string
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Record<PropertyKey, unknown>)[key]
  }
  return at
}

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && !value.trim())
  || (Array.isArray(value) && value.length === 0)

/** The issues of a failed parse, at most 20, each with what the message needs (no input values: they may be private). */
export function issuesOf(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => {
    const found: FieldIssue = { path: issue.path.join('.'), code: issue.code }
    if (isEmpty(valueAt(input, issue.path))) found.empty = true
    const extra = issue as { minimum?: unknown; maximum?: unknown; origin?: unknown; format?: unknown }
    if (typeof extra.minimum === 'number') found.minimum = extra.minimum
    if (typeof extra.maximum === 'number') found.maximum = extra.maximum
    if (typeof extra.origin === 'string') found.origin = extra.origin
    if (typeof extra.format === 'string') found.format = extra.format
    if (/^[a-z_]+$/.test(issue.message)) found.reason = issue.message
    return found
  })
}

/** The locale key (under forms.issues) and parameters that say one issue in the reader's language. */
export function issueMessage(issue: FieldIssue): { key: string; params: Record<string, number> } {
  const say = (name: string, params: Record<string, number> = {}) => ({ key: `forms.issues.${name}`, params })
  const counted = issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set'
  // Reasons that say more than "required" about a field left empty.
  if (issue.reason === 'closes_before_opening') return say('closesBeforeOpening')
  if (issue.reason === 'no_recipients') return say('noRecipients')
  if ((issue.empty || issue.reason === 'required') && issue.code !== 'unrecognized_keys') return say('required')
  if (issue.reason === 'not_a_day' || issue.reason === 'year_out_of_range') return say('invalidDate')
  if (issue.reason === 'not_a_phone') return say('invalidPhone')
  if (issue.reason === 'unstorable') return say('unstorable')
  if (issue.reason === 'too_many_decimals') return say('tooManyDecimals')
  switch (issue.code) {
    case 'too_small':
      if (counted) return issue.minimum !== undefined && issue.minimum > 1 ? say(issue.origin === 'string' ? 'tooShort' : 'tooFew', { min: issue.minimum }) : say('required')
      return issue.minimum !== undefined ? say('tooSmall', { min: issue.minimum }) : say('invalid')
    case 'too_big':
      if (counted) return say(issue.origin === 'string' ? 'tooLong' : 'tooMany', { max: issue.maximum ?? 0 })
      return issue.maximum !== undefined ? say('tooLarge', { max: issue.maximum }) : say('invalid')
    case 'invalid_format':
      if (issue.format === 'email') return say('invalidEmail')
      if (issue.format === 'url') return say('invalidUrl')
      if (issue.format === 'date' || issue.format === 'datetime') return say('invalidDate')
      return say('invalidFormat')
    case 'invalid_value':
      return say('invalidChoice')
    case 'invalid_type':
      return say('invalidFormat')
    case 'unstorable_text':
      return say('unstorable')
    default:
      return say('invalid')
  }
}

/** The same address rule as the shared e-mail schema (zod's), for a form's check before sending. */
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/

/** A required field left empty (text, choice, list or localized text with no language filled). */
export function requiredIssue(path: string, value: unknown): FieldIssue | null {
  const blank = isEmpty(value) || (typeof value === 'object' && value !== null && !Array.isArray(value)
    && Object.values(value).every(v => typeof v !== 'string' || !v.trim()))
  return blank ? { path, code: 'too_small', empty: true } : null
}

/** An e-mail address that is empty or not one. */
export function emailIssue(path: string, value: string): FieldIssue | null {
  if (!value.trim()) return { path, code: 'invalid_format', format: 'email', empty: true }
  return EMAIL.test(value.trim()) ? null : { path, code: 'invalid_format', format: 'email' }
}
