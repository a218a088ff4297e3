import { z } from 'zod'
import { coauthorInviteSchema } from '#shared/schemas/conferences-authors'
import { inviteCoauthor } from '../../../../domain/conferences/authors'

/** Adds a co-author and invites them to confirm (by mail in their language). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, coauthorInviteSchema)
  const made = await withSignedIn(event, (tx, actor) => inviteCoauthor(tx, actor, id, input.author, input.locale))
  setResponseStatus(event, 201)
  return made
})
