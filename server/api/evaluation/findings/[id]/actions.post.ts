import { actionCreateSchema, evaluationIdParam } from '#shared/schemas/evaluation'
import { createAction } from '../../../../domain/evaluation/findings'

/** An action on a finding, with its owner and due day. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, actionCreateSchema)
  return withSignedIn(event, (tx, actor) => createAction(tx, actor, id, input))
})
