import { listOwnFiles } from '../../domain/files/files'

export default defineEventHandler(event => withSignedIn(event, (tx, actor) => listOwnFiles(tx, actor)))
