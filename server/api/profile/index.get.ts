import { getOwnProfile } from '../../domain/profiles/profiles'

export default defineEventHandler(event => withSignedIn(event, (tx, actor) => getOwnProfile(tx, actor)))
