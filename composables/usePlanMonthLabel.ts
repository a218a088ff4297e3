import { localeEntry } from '#shared/locales'

/** A plan's month ('2027-03-01') as the reader's language names it: "March 2027", "มีนาคม 2570", "2027年3月". */
export function usePlanMonthLabel() {
  const { locale } = useI18n()
  return (month: string) => {
    const entry = localeEntry(locale.value)
    const language = entry?.language ?? 'en'
    const options = { year: 'numeric', month: 'long', timeZone: 'UTC', numberingSystem: entry?.digits } as const
    // Khmer, Lao and Burmese are written by FormatJS (fallbackDateFormat), on the server and in every browser alike.
    const formatter = fallbackDateFormat(language, options) ?? new Intl.DateTimeFormat(language, options)
    return formatter.format(new Date(`${month}T00:00:00Z`))
  }
}
