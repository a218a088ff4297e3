import { z } from 'zod'
import { ledgerOf } from '../../../domain/agreements/ledger'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, tx => ledgerOf(tx, id))
})
