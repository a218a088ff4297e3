import { feedTokenStatus } from '../../domain/calendar/feed-tokens'

/** Whether the signed-in person has a live calendar subscription address, and since when (never the address). */
export default defineEventHandler(event => withSignedIn(event, (tx, actor) => feedTokenStatus(tx, actor)))
