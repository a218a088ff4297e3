import { feedUrl, issueFeedToken } from '../../domain/calendar/feed-tokens'

/** Makes (or replaces) the signed-in person's calendar subscription address; the reply is the only time it is shown. */
export default defineEventHandler(async (event) => {
  const { secret, created_at } = await withSignedIn(event, (tx, actor) => issueFeedToken(tx, actor))
  setResponseHeader(event, 'cache-control', 'no-store')
  return { url: feedUrl(portalConfig().baseUrl, secret), created_at }
})
