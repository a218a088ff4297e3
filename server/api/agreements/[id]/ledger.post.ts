import { z } from 'zod'
import { ledgerEntrySchema } from '#shared/schemas/agreements'
import { addLedgerEntry } from '../../../domain/agreements/ledger'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const entry = await readValid(event, ledgerEntrySchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => addLedgerEntry(tx, actor, id, entry))
})
