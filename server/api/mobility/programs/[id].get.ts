import { z } from 'zod'
import { findProgram } from '../../../domain/mobility/programs'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withActor(event, tx => findProgram(tx, id))
})
