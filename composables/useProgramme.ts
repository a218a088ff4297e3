import type { ProgrammeView } from '#shared/conferences/programme-view'

/** The conference's programme in the reader's language, fetched again when the language changes. */
export function useProgramme(id: string, path = `/api/conferences/${id}/programme`) {
  const { locale } = useI18n()
  return useFetch<ProgrammeView>(path, { headers: computed(() => ({ 'x-locale': locale.value })), watch: [locale] })
}

/** The calendar day ('2027-03-15') of an instant in a zone. */
export function dayIn(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at))
}

/** The wall-clock time ('2027-03-15T09:00') of an instant in a zone, as the editor's inputs hold it. */
export function wallClockIn(at: string, timeZone: string): string {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(at)).map(part => [part.type, part.value]))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

/** Minutes since midnight of a wall-clock time ('…T09:30' → 570). */
export const minutesOf = (wallClock: string) => Number(wallClock.slice(11, 13)) * 60 + Number(wallClock.slice(14, 16))
