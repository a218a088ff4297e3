import { runAgreementLifecycle } from '../../../domain/agreements/reminders'

/** Runs the daily agreement job now (it also runs on its own schedule); for the secretariat. */
export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  return runAgreementLifecycle(await useDatabase())
})
