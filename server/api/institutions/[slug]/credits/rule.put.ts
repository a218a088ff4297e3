import { z } from 'zod'
import { creditRuleSchema } from '#shared/schemas/credits'
import { institutionBySlug, saveCreditRule } from '../../../../domain/credits/credits'

/** An office sets its institution's credit system, factor and rounding: a new version of its rule. */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const input = await readValid(event, creditRuleSchema)
  return withSignedIn(event, async (tx) => {
    const institution = await institutionBySlug(tx, slug)
    return { id: await saveCreditRule(tx, institution.id, input) }
  })
})
