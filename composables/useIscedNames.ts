import { isIscedCode, iscedLabel, iscedNameKey, iscedOptions, type IscedCode } from '#shared/isced'

/**
 * ISCED-F fields named in the reader's language (locale files, isced.fields.*), with their code
 * ("0714 Điện tử và tự động hóa"); English names too, so a picker finds a field by either.
 */
export function useIscedNames() {
  const { t, locale } = useI18n()
  const name = (code: string): string | null => (isIscedCode(code) ? t(iscedNameKey(code)) : null)
  const label = (code: string): string => iscedLabel(code, name(code))
  // English is the fallback locale, so its messages are loaded with every other locale's.
  const english = (code: IscedCode) => t(iscedNameKey(code), {}, { locale: 'en' })
  const options = computed(() => {
    void locale.value
    return iscedOptions(code => t(iscedNameKey(code)), english)
  })
  return { name, label, options }
}
