import { z } from 'zod'
import { certificateCreateSchema, templateActionSchema } from '#shared/schemas/certificates'
import { enqueueBatch } from '../../domain/certificates/batch'
import { certificateView, issueCertificate } from '../../domain/certificates/certificates'
import { findTemplate, saveTemplate, stepTemplate } from '../../domain/certificates/templates'

const bodySchema = z.union([certificateCreateSchema, templateActionSchema])

/**
 * Writes by a co-issuer's staff, by body.action: `issue` (one certificate from a source: activity attendance over a
 * threshold, a completed mobility, an accepted contribution's author, or a holder named by hand; submitted for
 * approval unless submit=false), `batch` (a whole activity's, through the job queue), and the templates: `save`
 * (a draft, with its issuers), `activate`, `archive`, `reactivate`, `delete` (a draft).
 */
export default defineEventHandler(async (event) => {
  const body = await readValid(event, bodySchema)
  return withSignedIn(event, async (tx, actor) => {
    switch (body.action) {
      case 'issue': {
        const id = await issueCertificate(tx, actor, body)
        return { certificate: await certificateView(tx, actor, id) }
      }
      case 'batch':
        return { batch: await enqueueBatch(tx, actor, body) }
      case 'save':
        return { template: await findTemplate(tx, await saveTemplate(tx, actor, body.template)) }
      default: {
        const id = await stepTemplate(tx, actor, body.templateId, body.action)
        return { template: id ? await findTemplate(tx, id) : null }
      }
    }
  })
})
