import { z } from 'zod'
import { currentRule, institutionBySlug, isStaffOf, ruleHistory } from '../../../../domain/credits/credits'
import { conversionTablesOf, gradingTablesOf, scalesOf } from '../../../../domain/credits/grades'

/**
 * An institution's credit settings as a signed-in person sees them: its rule and the versions before it, its grading
 * scales, and the grading and conversion tables they may read (the institution's staff and its partners in force).
 */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  return withSignedIn(event, async (tx) => {
    const institution = await institutionBySlug(tx, slug)
    const current = await currentRule(tx, institution.id)
    return {
      institution,
      rule: current
        ? { id: current.rule.id, version: current.rule.version, systemVersionId: current.rule.system_version_id, systemId: current.version.system_id }
        : null,
      history: await ruleHistory(tx, institution.id),
      scales: await scalesOf(tx, institution.id),
      gradingTables: await gradingTablesOf(tx, institution.id),
      conversionTables: await conversionTablesOf(tx, institution.id),
      permissions: { can_edit: await isStaffOf(tx, institution.id) },
    }
  })
})
