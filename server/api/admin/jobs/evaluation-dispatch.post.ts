import { runEvaluationDispatch } from '../../../domain/evaluation/dispatch'

/** Runs the evaluation invitations and reminders now (they also run every quarter hour); for the secretariat. */
export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  return runEvaluationDispatch(await useDatabase())
})
