import type { FieldErrors } from './useFieldErrors'

/**
 * One form's submission: `busy` while it runs, and the API's translated error in `error` if it
 * fails (cleared when it runs again). `run` resolves to true when the action went through.
 * With `fields` (useFieldErrors), a refusal about fields is shown at those fields instead.
 */
export function useSubmit<A extends unknown[]>(action: (...args: A) => Promise<unknown>, options: { fields?: FieldErrors } = {}) {
  const apiError = useApiError()
  const busy = ref(false)
  const error = ref<string | null>(null)
  async function run(...args: A): Promise<boolean> {
    error.value = null
    options.fields?.clear()
    busy.value = true
    try {
      await action(...args)
      return true
    }
    catch (e) {
      if (!options.fields?.take(e)) error.value = apiError(e)
      return false
    }
    finally { busy.value = false }
  }
  return { run, busy, error }
}
