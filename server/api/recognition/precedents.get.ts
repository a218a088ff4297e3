import { precedentQuerySchema } from '#shared/schemas/recognition'
import { requireStaffOf } from '../../domain/credits/credits'
import { precedentProgrammes, precedents, type PrecedentCourse } from '../../domain/recognition/precedents'

/** The precedent library of a host course for one home institution: its staff only, nothing about the students. */
export default defineEventHandler(async (event) => {
  const query = queryValid(event, precedentQuerySchema)
  const course: PrecedentCourse = query.courseUnitId ? { courseUnitId: query.courseUnitId } : { hostInstitutionId: query.hostInstitutionId!, code: query.code! }
  return withSignedIn(event, async (tx) => {
    await requireStaffOf(tx, query.institutionId)
    return {
      precedents: await precedents(tx, query.institutionId, course, { programme: query.programme, onlyProgramme: true }),
      programmes: await precedentProgrammes(tx, query.institutionId, course),
    }
  })
})
