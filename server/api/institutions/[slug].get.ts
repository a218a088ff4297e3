import { z } from 'zod'
import { getInstitution } from '../../domain/institutions/institutions'
import { activeAgreementsOf } from '../../domain/agreements/agreements'

/** The public partner page: the institution and its agreements in force (titles and partners only). */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  return withActor(event, async (tx) => {
    const institution = await getInstitution(tx, slug)
    return { ...institution, agreements: await activeAgreementsOf(tx, institution.id) }
  })
})
