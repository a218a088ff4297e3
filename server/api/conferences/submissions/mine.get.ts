import { mySubmissions } from '../../../domain/conferences/authors'

/** Every submission that names the signed-in person as an author, newest first. */
export default defineEventHandler(event => withSignedIn(event, (tx, actor) => mySubmissions(tx, actor)))
