import { listPlans } from '../../../domain/calendar/plans'

/** The annual activity plans, newest year first: every community member reads them. */
export default defineEventHandler(event => withSignedIn(event, tx => listPlans(tx)))
