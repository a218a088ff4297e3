import { z } from 'zod'
import { conversionPreviewSchema } from '#shared/schemas/credits'
import { explainTrail } from '#shared/credits/conversion'
import { institutionBySlug, previewConversion } from '../../../../domain/credits/credits'
import { translate } from '../../../../i18n/messages'
import { requestLocale } from '../../../../i18n/request-locale'

/** Anyone signed in tries a conversion into the institution's system: the result, the trail in their language, the rule versions. */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const input = await readValid(event, conversionPreviewSchema)
  const locale = requestLocale(event)
  return withSignedIn(event, async (tx) => {
    const institution = await institutionBySlug(tx, slug)
    const result = await previewConversion(tx, institution.id, input)
    return { ...result, explanation: explainTrail(result.trail, (key, params) => translate(locale, key, params), locale) }
  })
})
