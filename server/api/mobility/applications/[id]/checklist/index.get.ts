import { z } from 'zod'
import { checklistOf } from '../../../../../domain/mobility/safety'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, tx => checklistOf(tx, id))
})
