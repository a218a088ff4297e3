import { runEvaluationDispatch } from '../../../domain/evaluation/dispatch'

/** Runs the evaluation invitations and reminders now (they also run every quarter hour); for the secretariat. */
export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  // requestTime(): the real time, except on a test-clock server where a story lets weeks pass (server/utils/clock.ts).
  return runEvaluationDispatch(await useDatabase(), requestTime())
})
