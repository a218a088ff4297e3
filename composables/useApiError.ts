import type { FetchError } from 'ofetch'

/** Turns an API refusal into text in the UI language, from the message key the server sent. */
export function useApiError() {
  const { t, te } = useI18n()
  return (error: unknown): string => {
    const data = (error as FetchError)?.data as { data?: { key?: string; params?: Record<string, unknown> } } | undefined
    const key = data?.data?.key
    if (key && te(key)) return t(key, data?.data?.params ?? {})
    return t('errors.somethingWrong')
  }
}
