import type { z } from 'zod'
import { formErrorsInjectionKey, formInputsInjectionKey } from '@nuxt/ui/composables/useFormField'
import { issueMessage, issuesOf, type FieldIssue } from '#shared/forms/issues'

/** One field the form must point at: its name (the API path), the input's id, its visible label and what is wrong. */
export interface FieldError { name: string; id: string | undefined; label: string; message: string }

interface Entry { path: string; say: () => string }

/** A refusal shaped like the server's 422, so a form's own check and the server's reply take one path. */
function refusal(issues: FieldIssue[], key = 'errors.validation', params: Record<string, unknown> = {}) {
  return { statusCode: 422, data: { data: { key, params: { field: issues[0]?.path ?? '', ...params }, issues } } }
}

/**
 * The one way a form shows what is wrong with its fields. Every UFormField below the component that
 * calls it registers its `name` (which is the API path, e.g. `parties.0.signatoryName`); the server's
 * 422 issues, or the form's own check with the same shared schema, are matched to those fields and
 * shown beside them in the UI language, and the first one is focused. `labels` names fields that
 * have no label of their own on the page.
 */
export function useFieldErrors(options: { labels?: (name: string) => string | undefined } = {}) {
  const { t, te } = useI18n()
  const inputs = ref<Record<string, { id?: string; pattern?: RegExp }>>({})
  const entries = ref<Entry[]>([]) as Ref<Entry[]>
  const summaryId = useId()
  provide(formInputsInjectionKey, inputs)

  /** The registered field a path belongs to: itself, or the nearest enclosing one (`title` for `title.th`). */
  function fieldOf(path: string): string {
    let best = ''
    for (const name of Object.keys(inputs.value)) {
      if ((path === name || path.startsWith(`${name}.`)) && name.length > best.length) best = name
    }
    return best || path
  }

  function labelOf(name: string, id: string | undefined): string {
    const given = options.labels?.(name)
    if (given) return given
    if (import.meta.client && id) {
      const label = document.querySelector(`label[for="${CSS.escape(id)}"]`)
      const text = label?.textContent?.trim()
      // "Condition 2 — Places per year": the group's legend says which of several alike fields.
      const legend = label?.closest('fieldset')?.querySelector(':scope > legend')?.textContent?.trim()
      if (text) return legend ? `${legend} — ${text}` : text
    }
    return t('forms.someField')
  }

  const errors = computed<FieldError[]>(() => {
    const seen = new Map<string, FieldError>()
    for (const entry of entries.value) {
      const name = fieldOf(entry.path)
      if (seen.has(name)) continue
      const id = inputs.value[name]?.id
      seen.set(name, { name, id, label: labelOf(name, id), message: entry.say() })
    }
    return [...seen.values()]
  })
  provide(formErrorsInjectionKey, computed(() => errors.value.map(e => ({ name: e.name, id: e.id, message: e.message }))))

  /** Moves to the first wrong field in the page's order (or to the summary when no field shows it). */
  async function focusFirst() {
    await nextTick()
    if (!import.meta.client) return
    const elements = errors.value.map(e => (e.id ? document.getElementById(e.id) : null)).filter((el): el is HTMLElement => Boolean(el))
    elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    const target = elements[0] ?? document.getElementById(summaryId)
    if (!target) return
    target.scrollIntoView({ block: 'center' })
    target.focus({ preventScroll: true })
  }

  /**
   * Takes a refusal: the 422 issues, or a message the server tied to one field (params.field), are
   * shown at their fields and true is returned; anything else is left to the form's general message.
   */
  function take(error: unknown): boolean {
    const { status, key, params, field, details } = readApiError(error)
    const issues = Array.isArray(details.issues) ? details.issues as FieldIssue[] : []
    if (status === 422 && issues.length && key === 'errors.validation') {
      const say = (issue: FieldIssue) => {
        const message = issueMessage(issue)
        return t(message.key, message.params)
      }
      entries.value = issues.map(issue => ({ path: issue.path, say: () => say(issue) }))
    }
    // A refusal tied to a field this form does not show stays the form's general message.
    else if (field && key && te(key) && inputs.value[fieldOf(field)]) entries.value = [{ path: field, say: () => t(key, params) }]
    else return false
    void focusFirst()
    return true
  }

  /** The form's own check before sending, with the schema the server uses: throws the same refusal. */
  function check<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
    const result = schema.safeParse(value)
    if (result.success) return result.data
    throw refusal(issuesOf(result.error, value))
  }

  /** The form's own light checks (required, email...) before sending: throws the refusal when any fails. */
  function verify(...found: (FieldIssue | null)[]) {
    const issues = found.filter((i): i is FieldIssue => i !== null)
    if (issues.length) throw refusal(issues)
  }

  /** A check no schema holds (a repeated password): throws a refusal naming the field with a locale key. */
  function refuse(path: string, key: string, params: Record<string, unknown> = {}): never {
    throw { statusCode: 422, data: { data: { key, params: { ...params, field: path } } } }
  }

  function clear() { entries.value = [] }

  return { errors, summaryId, take, check, verify, refuse, clear, focusFirst }
}

export type FieldErrors = ReturnType<typeof useFieldErrors>
