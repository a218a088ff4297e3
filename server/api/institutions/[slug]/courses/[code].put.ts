import { z } from 'zod'
import { courseCode, courseUnitInputSchema } from '#shared/schemas/courses'
import { saveCourseUnit } from '../../../../domain/courses/units'

/** Creates or updates the unit with this code (the institution's staff only). */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const code = paramValid(event, 'code', courseCode)
  const input = await readValid(event, courseUnitInputSchema)
  const saved = await withSignedIn(event, (tx, actor) => saveCourseUnit(tx, actor, slug, code, input))
  if (saved.created) setResponseStatus(event, 201)
  return saved.unit
})
