import { certificateListSchema } from '#shared/schemas/certificates'
import { institutionCertificates, myCertificates, pendingApprovals } from '../../domain/certificates/certificates'
import { searchDirectory } from '../../domain/conferences/directory'
import { listTemplates, staffInstitutions, templatePreview } from '../../domain/certificates/templates'

/**
 * Certificates and templates for a signed-in person, by ?view: `mine` (the holder's own), `pending` (waiting for an
 * approval of one of my institutions), `issued` (my institutions', every state; ?templateId narrows), `templates`
 * (owned or co-issued by my institutions), `preview` (?templateId, ?locale: the template's texts resolved per locale) or
 * `people` (?q: the directory's people by name, for an office naming a holder by hand; staff only).
 */
export default defineEventHandler(async (event) => {
  const { view, templateId, locale, q } = queryValid(event, certificateListSchema)
  return withSignedIn(event, async (tx, actor) => {
    if (view === 'preview') return { view, preview: await templatePreview(tx, templateId!, locale) }
    if (view === 'people') {
      if (!(await staffInstitutions(tx, actor)).length) fail(403, 'certificates.errors.notIssuer')
      return { view, people: await searchDirectory(tx, 'an office names a certificate holder', q!) }
    }
    if (view === 'templates') return { view, templates: await listTemplates(tx) }
    if (view === 'pending') return { view, items: await pendingApprovals(tx, actor) }
    if (view === 'issued') return { view, items: await institutionCertificates(tx, actor, templateId) }
    return { view, items: await myCertificates(tx, actor) }
  })
})
