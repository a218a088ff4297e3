export { wallClockToInstant } from '../../../shared/dates'
