import { z } from 'zod'
import { getAgreement } from '../../domain/agreements/agreements'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withActor(event, (tx, actor) => getAgreement(tx, id, actor))
})
