import { listConferences } from '../../domain/conferences/authors'

/** The conferences the reader may see (public ones to visitors), each with its call's deadline; titles are per-locale maps. */
export default defineEventHandler(event => withActor(event, tx => listConferences(tx)))
