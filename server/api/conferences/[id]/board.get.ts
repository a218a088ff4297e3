import { conferenceIdParam } from '#shared/schemas/conferences'
import { chairBoard } from '../../../domain/conferences/review-board'

/** The chair's board: settings, submissions with states and review progress, reviewers and assignments. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return withSignedIn(event, tx => chairBoard(tx, id))
})
