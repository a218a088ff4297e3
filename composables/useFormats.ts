import { LOCALES } from "#shared/locales"
import { useSessionStore } from "~/stores/session"

/** The one date and number formatter: the viewer's locale, their time zone, and for Thai the Buddhist era if chosen. */
export function useFormats() {
  const { locale } = useI18n()
  const store = useSessionStore()
  const calendarLocale = computed(() => {
    const language = LOCALE_BY_CODE[locale.value] ?? 'en'
    return locale.value === 'th' && store.user?.thai_buddhist_calendar ? `${language}-u-ca-buddhist` : `${language}-u-ca-gregory`
  })
  const timeZone = computed(() => store.user?.time_zone ?? undefined)
  return {
    date: (value: string | Date) => new Intl.DateTimeFormat(calendarLocale.value, { dateStyle: 'medium', timeZone: timeZone.value }).format(new Date(value)),
    dateTime: (value: string | Date) => new Intl.DateTimeFormat(calendarLocale.value, { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone.value }).format(new Date(value)),
    number: (value: number) => new Intl.NumberFormat(LOCALE_BY_CODE[locale.value] ?? 'en').format(value),
    country: (code: string) => new Intl.DisplayNames([LOCALE_BY_CODE[locale.value] ?? 'en'], { type: 'region' }).of(code) ?? code,
  }
}

const LOCALE_BY_CODE: Record<string, string> = Object.fromEntries(LOCALES.map(l => [l.code, l.language]))
