import { z } from 'zod'
import { getBody } from '../../../domain/governance/bodies'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, tx => getBody(tx, id))
})
