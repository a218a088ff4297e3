import { addMonthsTo } from '../dates'

/** How long past the end of the mobility a passport must stay valid when the program says nothing else (most host countries ask six months). */
export const DEFAULT_PASSPORT_MARGIN_MONTHS = 6
export const MAX_PASSPORT_MARGIN_MONTHS = 24

/**
 * The last day a passport may expire on and still do: the program's end plus the margin, as an ISO
 * date. A month without that day ends the margin on its last day (2027-08-31 + 6 months → 2028-02-29).
 */
export function passportNeededUntil(programEndsOn: string, marginMonths: number): string {
  return addMonthsTo(programEndsOn, marginMonths)
}

/** Whether a passport expiring on `expiry` covers the mobility and its margin (ISO dates compare as text). */
export function passportCovers(expiry: string, programEndsOn: string, marginMonths: number): boolean {
  return expiry >= passportNeededUntil(programEndsOn, marginMonths)
}
