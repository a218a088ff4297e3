import { myReviewing } from '../../../domain/conferences/review-board'

/** The reviewer's queue: invitations to answer and the assignments they may see. */
export default defineEventHandler(event => withSignedIn(event, (tx, actor) => myReviewing(tx, actor)))
