import { creditIdParam } from '#shared/schemas/credits'
import { deleteGradingTable } from '../../../domain/credits/grades'

/** An office of the owning institution deletes it; anyone else finds nothing to delete (404). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', creditIdParam)
  return withSignedIn(event, async (tx) => {
    await deleteGradingTable(tx, id)
    return { ok: true }
  })
})
