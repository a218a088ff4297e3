import { z } from 'zod'
import { listVersions } from '../../../domain/agreements/agreements'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withActor(event, tx => listVersions(tx, id))
})
