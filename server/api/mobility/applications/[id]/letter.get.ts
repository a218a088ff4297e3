import { z } from 'zod'
import { invitationLetter } from '../../../../domain/mobility/invitation'

/** The bilingual acceptance letter (host language + English, or ?second=zh). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { second } = queryValid(event, z.object({ second: z.enum(['en', 'zh']).optional() }))
  const { pdf, filename } = await withSignedIn(event, tx => invitationLetter(tx, id, second))
  setResponseHeader(event, 'content-type', 'application/pdf')
  setResponseHeader(event, 'content-disposition', `attachment; filename="${filename}"`)
  return pdf
})
