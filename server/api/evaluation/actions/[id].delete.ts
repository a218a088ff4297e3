import { evaluationIdParam } from '#shared/schemas/evaluation'
import { deleteAction } from '../../../domain/evaluation/findings'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, tx => deleteAction(tx, id))
})
