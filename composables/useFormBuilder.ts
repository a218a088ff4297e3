import type { FormIssue } from '#shared/evaluation/form-definition'
import { LOCALES, type LocaleCode } from '#shared/locales'

/**
 * The builder's mistakes: those the form's own check (parseFormDefinition) or the server's 422
 * (evaluation.errors.invalidDefinition, issues at definition.<path>) found, each said in the reader's
 * language beside the part of the form it concerns.
 */
export function useFormBuilderIssues() {
  const { t, te } = useI18n()
  const issues = ref<{ path: string; code: string }[]>([])

  function say(issue: { code: string }): string {
    const key = `evaluation.form.issues.${issue.code}`
    return te(key) ? t(key) : t('evaluation.form.issues.invalid')
  }

  /** The messages of the issues at a path or below it (`sections.0.questions.2`). */
  function at(prefix: string, exact = false): string[] {
    return [...new Set(issues.value
      .filter(i => (exact ? i.path === prefix : i.path === prefix || i.path.startsWith(`${prefix}.`)))
      .map(say))]
  }

  function show(found: readonly FormIssue[] | { path: string; code: string }[]) {
    issues.value = found.map(i => ({ path: i.path.replace(/^definition\.?/, ''), code: i.code }))
  }

  /** Takes the server's refusal of a definition: true when it named the mistakes (they are then shown). */
  function take(error: unknown): boolean {
    const { key, details } = readApiError(error)
    if (key !== 'evaluation.errors.invalidDefinition' || !Array.isArray(details.issues)) return false
    show(details.issues as { path: string; code: string }[])
    return true
  }

  function clear() { issues.value = [] }
  return { issues, at, say, show, take, clear }
}

/** The ten locales with their BCP 47 tags, for the builder's language pickers. */
export function useBuilderLocales() {
  return LOCALES.map(l => ({ code: l.code as LocaleCode, name: l.name, language: l.language }))
}
