import { localeEntry } from '#shared/locales'

/** A plan's month ('2027-03-01') as the reader's language names it: "March 2027", "มีนาคม 2570", "2027年3月". */
export function usePlanMonthLabel() {
  const { locale } = useI18n()
  return (month: string) => {
    const entry = localeEntry(locale.value)
    return new Intl.DateTimeFormat(entry?.language ?? 'en', { year: 'numeric', month: 'long', timeZone: 'UTC', numberingSystem: entry?.digits })
      .format(new Date(`${month}T00:00:00Z`))
  }
}
