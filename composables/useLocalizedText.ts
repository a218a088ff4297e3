import { resolveLocalizedText, type LocalizedText, type ResolvedText } from '#shared/localized-text'
import type { LocaleCode } from '#shared/locales'

/** Resolves multilingual content in the viewer's locale, with fallback (viewer → en → zh → any). */
export function useLocalizedText() {
  const { locale } = useI18n()
  return (value: LocalizedText | null | undefined): ResolvedText => resolveLocalizedText(value, locale.value as LocaleCode)
}
