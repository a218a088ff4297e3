import type { UnwrapNestedRefs } from 'vue'
import { pathWithoutLocale } from '#shared/locales'

/**
 * Keeps what was typed into a form across a language switch (which remounts the page under another
 * prefix) and a reload, in this tab's sessionStorage, keyed by the page's path without the locale
 * and the form's name. Restored after hydration; only what differs from the form as loaded is kept
 * (or, with `dirty`, what the form itself counts as unsaved).
 * The form is a ref (or a computed over several) or a reactive object. Call `clear()` once saved.
 */
export function useFormDraft<T extends object>(name: string, source: Ref<T> | UnwrapNestedRefs<T>, options: { dirty?: () => boolean } = {}) {
  const value: Ref<T> = isRef(source)
    ? source as Ref<T>
    : computed({ get: () => ({ ...source }) as T, set: kept => Object.assign(source, kept) })
  // The query is part of the form's identity (a call for ?program=…), the hash is not.
  const key = `form-draft:${pathWithoutLocale(useRoute().fullPath.split('#')[0]!)}:${name}`
  let pristine = ''
  let stop: (() => void) | undefined

  onMounted(() => {
    pristine = JSON.stringify(value.value)
    const stored = sessionStorage.getItem(key)
    if (stored) {
      try { value.value = JSON.parse(stored) as T }
      catch { sessionStorage.removeItem(key) }
    }
    stop = watch(value, (now) => {
      const json = JSON.stringify(now)
      if (options.dirty ? !options.dirty() : json === pristine) sessionStorage.removeItem(key)
      else sessionStorage.setItem(key, json)
    }, { deep: true })
  })
  onBeforeUnmount(() => stop?.())

  /** The form was saved (or reloaded from the server): nothing unsaved is kept. */
  function clear() {
    pristine = JSON.stringify(value.value)
    if (import.meta.client) sessionStorage.removeItem(key)
  }

  return { clear }
}
