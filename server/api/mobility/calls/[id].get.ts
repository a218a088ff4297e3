import { z } from 'zod'
import { findCall } from '../../../domain/mobility/programs'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withActor(event, tx => findCall(tx, id))
})
