import { invitationTokenParam, responseOpenSchema } from '#shared/schemas/evaluation'
import { asInvitee } from '../../../domain/evaluation/invitations'
import { openResponse } from '../../../domain/evaluation/responses'

/** Opens a response by its personal link (no sign-in): as the person the link was sent to. Unknown links: 404. */
export default defineEventHandler(async (event) => {
  const secret = paramValid(event, 'token', invitationTokenParam)
  const input = await readValid(event, responseOpenSchema)
  const view = await asInvitee(await useDatabase(), secret, (tx, invitee) => openResponse(tx, invitee, invitee.instanceId, input))
  if (!view) fail(404, 'errors.notFound')
  return view
})
