import { z } from 'zod'
import { certificateView } from '../../domain/certificates/certificates'

/** One certificate, for its co-issuers' staff (drafts too) and its holder (once issued), with what the reader may do. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, (tx, actor) => certificateView(tx, actor, id))
})
