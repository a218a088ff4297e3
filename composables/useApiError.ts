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

/** The one way to turn an API refusal into text in the UI language, from the message key the server sent. */
export function useApiError() {
  const { t, te } = useI18n()
  return (error: unknown): string => {
    const { key, params } = readApiError(error)
    if (key && te(key)) return t(key, params)
    return t('errors.somethingWrong')
  }
}
