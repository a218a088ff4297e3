import { answersSaveSchema, invitationTokenParam } from '#shared/schemas/evaluation'
import { asInvitee } from '../../../../domain/evaluation/invitations'
import { submitResponse } from '../../../../domain/evaluation/responses'

/** Submits a response through a personal link. */
export default defineEventHandler(async (event) => {
  const secret = paramValid(event, 'token', invitationTokenParam)
  const input = await readValid(event, answersSaveSchema)
  const view = await asInvitee(await useDatabase(), secret, (tx, invitee) => submitResponse(tx, invitee, invitee.instanceId, input))
  if (!view) fail(404, 'errors.notFound')
  return view
})
