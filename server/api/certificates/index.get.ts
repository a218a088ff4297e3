import { certificateListSchema } from '#shared/schemas/certificates'
import { institutionCertificates, myCertificates, pendingApprovals } from '../../domain/certificates/certificates'
import { listTemplates, templatePreview } from '../../domain/certificates/templates'

/**
 * Certificates and templates for a signed-in person, by ?view: `mine` (the holder's own), `pending` (waiting for an
 * approval of one of my institutions), `issued` (my institutions', every state; ?templateId narrows), `templates`
 * (owned or co-issued by my institutions) or `preview` (?templateId, ?locale: the template's texts resolved per locale).
 */
export default defineEventHandler(async (event) => {
  const { view, templateId, locale } = queryValid(event, certificateListSchema)
  return withSignedIn(event, async (tx, actor) => {
    if (view === 'preview') return { view, preview: await templatePreview(tx, templateId!, locale) }
    if (view === 'templates') return { view, templates: await listTemplates(tx) }
    if (view === 'pending') return { view, items: await pendingApprovals(tx, actor) }
    if (view === 'issued') return { view, items: await institutionCertificates(tx, actor, templateId) }
    return { view, items: await myCertificates(tx, actor) }
  })
})
