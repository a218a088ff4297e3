import { z } from 'zod'
import { laCompareQuerySchema } from '#shared/schemas/learning-agreements'
import { compareVersions } from '../../../domain/learning-agreements/compare'

/** What changed between two versions: lines added, removed and changed. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { from, to } = queryValid(event, laCompareQuerySchema)
  return withSignedIn(event, tx => compareVersions(tx, id, from, to))
})
