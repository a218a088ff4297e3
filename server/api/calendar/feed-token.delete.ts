import { revokeFeedToken } from '../../domain/calendar/feed-tokens'

/** Revokes the signed-in person's calendar subscription address: the feed answers 404 from now on. */
export default defineEventHandler(async (event) => {
  const revoked = await withSignedIn(event, (tx, actor) => revokeFeedToken(tx, actor))
  return { revoked }
})
