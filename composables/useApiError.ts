import { issueMessage, type FieldIssue } from '#shared/forms/issues'

/**
 * What the server's refusal says (server/utils/errors.ts `fail`): { statusCode, message, data: { key, params, ...details } }.
 * `field` is the first input the server found wrong (validation names it in params.field), for a form to point at.
 */
export interface ApiError {
  status: number | null
  key: string | null
  params: Record<string, unknown>
  field: string | null
  /** What else the refusal carries, e.g. `current` (revision and state) with a stale step, `missing` with an incomplete form. */
  details: Record<string, unknown>
}

/** Reads a $fetch / useFetch error as the server sent it; anything else (a network failure) has no key. */
export function readApiError(error: unknown): ApiError {
  const reply = error as { statusCode?: number; data?: { data?: Record<string, unknown> } } | null | undefined
  const { key, params, ...details } = reply?.data?.data ?? {}
  const known = (params && typeof params === 'object' ? params : {}) as Record<string, unknown>
  return {
    status: reply?.statusCode ?? null,
    key: typeof key === 'string' ? key : null,
    params: known,
    field: typeof known.field === 'string' && known.field ? known.field : null,
    details,
  }
}

/**
 * The one way to turn an API refusal into text in the UI language, from the message key the server sent.
 * A validation refusal says what is wrong (never the field's API path); forms with useFieldErrors show it at the field.
 */
export function useApiError() {
  const { t, te } = useI18n()
  return (error: unknown): string => {
    const { key, params, details } = readApiError(error)
    const issue = Array.isArray(details.issues) ? details.issues[0] as FieldIssue | undefined : undefined
    if (key === 'errors.validation' && issue) {
      const problem = issueMessage(issue)
      return t('forms.notAccepted', { problem: t(problem.key, problem.params) })
    }
    if (key && te(key)) return t(key, params)
    return t('errors.somethingWrong')
  }
}
