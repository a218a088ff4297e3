import { formDisplayLocale, resolveFormText, type FormDefinition } from '#shared/evaluation/form-definition'
import { localeEntry, type LocaleCode } from '#shared/locales'
import type { LocalizedText, ResolvedText } from '#shared/localized-text'
import { fallbackDateFormat, loadDateFallback, localesLackingDates } from './intlFallback'

/** What every question of a rendered form needs to speak the form's display language. */
export interface EvaluationText {
  /** The locale the form is shown in: the wanted one if the form has it, else the form's first language. */
  locale: LocaleCode
  /** Its BCP 47 tag, for lang attributes. */
  language: string
  /** A form text (question, option, label) in the display locale, with the form's fallback. */
  text: (value: LocalizedText | null | undefined) => ResolvedText
  /** The BCP 47 tag of a resolved text's locale (for lang on a text that fell back). */
  langOf: (resolved: ResolvedText) => string | undefined
  /** A UI string (evaluation.form.*, evaluation.answer.*) in the display locale, not the page's. */
  ft: (key: string, params?: Record<string, unknown>) => string
  number: (value: number) => string
  /** A calendar day ('2026-03-01') written in the display language. */
  date: (value: string) => string
}

/**
 * The form renderer's words: texts, buttons, numbers and dates all in the form's display locale, so a
 * respondent who picks Khmer gets Khmer buttons and dates around Khmer questions whatever the page's locale.
 * The caller loads that locale's messages first (loadEvaluationLocale).
 */
export function useEvaluationText(form: () => FormDefinition, wanted: () => LocaleCode): ComputedRef<EvaluationText> {
  const { t } = useI18n()
  return computed(() => {
    const locale = formDisplayLocale(form(), wanted())
    const entry = localeEntry(locale)
    const language = entry?.language ?? 'en'
    const numbers = new Intl.NumberFormat(language, { numberingSystem: entry?.digits })
    const dateOptions = { dateStyle: 'medium', timeZone: 'UTC' } as const
    const dates = fallbackDateFormat(language, dateOptions) ?? new Intl.DateTimeFormat(language, { ...dateOptions, numberingSystem: entry?.digits })
    return {
      locale,
      language,
      text: value => resolveFormText(form(), value, locale),
      langOf: resolved => (resolved.locale && resolved.locale !== locale ? localeEntry(resolved.locale)?.language : undefined),
      ft: (key, params = {}) => t(key, params, { locale }),
      number: value => numbers.format(value),
      date: value => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? dates.format(new Date(`${value}T00:00:00Z`)) : value),
    }
  })
}

/**
 * Loads the messages (lazy in @nuxtjs/i18n) the renderer needs to show the form in a locale: that locale's (for
 * the "not in your language" note) and, when the form lacks it, the form's first language's (its buttons).
 * Await it before passing the locale to the renderer.
 */
export async function loadEvaluationLocale(locale: LocaleCode, form?: Pick<FormDefinition, 'title'>): Promise<void> {
  const codes = [...new Set([locale, form ? formDisplayLocale(form, locale) : locale])]
  const { $i18n } = useNuxtApp()
  for (const code of codes) {
    await $i18n.loadLocaleMessages(code)
    // A browser without the language's date data (Debian's Chromium: km, lo, my) gets it as on a page switch.
    if (import.meta.client) await loadDateFallback(localesLackingDates().filter(l => l.code === code))
  }
}
