import { reloadHolidays } from '../../../domain/calendar/holidays'

/** The secretariat's "reload from the library": adds and refreshes library rows, never a row a person edited. */
export default defineEventHandler(event => withSignedIn(event, tx => reloadHolidays(tx)))
