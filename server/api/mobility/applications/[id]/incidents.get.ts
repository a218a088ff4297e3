import { z } from 'zod'
import { incidentsOf } from '../../../../domain/mobility/safety'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, tx => incidentsOf(tx, id))
})
