import { myInvitations } from '../../../domain/evaluation/invitations'

/** The signed-in person's evaluation invitations, open ones first. */
export default defineEventHandler(async (event) => {
  return withSignedIn(event, (tx, actor) => myInvitations(tx, actor))
})
