import { z } from 'zod'
import { courseQuerySchema } from '#shared/schemas/courses'
import { listCourseUnits } from '../../../../domain/courses/units'

/** The public catalogue: active units of a member institution (staff and the secretariat see inactive ones too), searched. */
export default defineEventHandler((event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const query = queryValid(event, courseQuerySchema)
  return withActor(event, (tx, actor) => listCourseUnits(tx, actor, slug, query))
})
