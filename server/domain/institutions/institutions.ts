import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { InstitutionFilter, InstitutionInput } from '../../../shared/schemas/platform'
import { anyContains } from '../../db/search'
import { fail } from '../../utils/errors'

const PUBLIC_COLUMNS = ['id', 'slug', 'kind', 'country', 'city', 'name', 'description', 'website', 'logo_file_id', 'membership_status', 'member_since'] as const

/** Public list with filters; search matches any locale's name or city, or the slug, by substring. */
export async function listInstitutions(tx: Tx, filter: InstitutionFilter) {
  let query = tx.selectFrom('institutions').select(PUBLIC_COLUMNS).orderBy('slug')
  if (filter.country) query = query.where('country', '=', filter.country)
  if (filter.kind) query = query.where('kind', '=', filter.kind)
  if (filter.q) {
    query = query.where(anyContains([sql`name::text`, sql`city::text`, sql.ref('slug')], filter.q))
  }
  const [items, countries] = await Promise.all([
    query.limit(500).execute(),
    tx.selectFrom('institutions').select('country').distinct().orderBy('country').execute(),
  ])
  // The country filter offers every member country, whatever the current filter shows.
  return { items, countries: countries.map(c => c.country) }
}

export async function getInstitution(tx: Tx, slug: string) {
  const row = await tx.selectFrom('institutions').select(PUBLIC_COLUMNS).where('slug', '=', slug).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row
}

function toRow(input: Partial<InstitutionInput>) {
  return {
    slug: input.slug,
    kind: input.kind,
    country: input.country,
    city: input.city && JSON.stringify(input.city),
    name: input.name && JSON.stringify(input.name),
    description: input.description && JSON.stringify(input.description),
    website: input.website,
    logo_file_id: input.logoFileId,
  }
}

export async function createInstitution(tx: Tx, input: InstitutionInput) {
  const taken = await tx.selectFrom('institutions').select('id').where('slug', '=', input.slug).executeTakeFirst()
  if (taken) fail(409, 'institutions.errors.slugTaken')
  const row = await tx.insertInto('institutions').values(toRow(input) as never).returning(PUBLIC_COLUMNS).executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  return row
}

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp']

/** A logo becomes public: it must be the editor's own upload, and a raster image (an SVG could carry script). */
async function checkLogo(tx: Tx, fileId: string, actor: Actor) {
  const file = await tx.selectFrom('files').select(['owner_id', 'content_type']).where('id', '=', fileId).executeTakeFirst()
  if (!file || file.owner_id !== actor.id) fail(422, 'institutions.errors.logoNotYours')
  if (!LOGO_TYPES.includes(file.content_type)) fail(415, 'institutions.errors.logoNotImage')
}

/** RLS lets the secretariat and the institution's own staff update; anyone else matches no row: 403. */
export async function updateInstitution(tx: Tx, id: string, patch: Partial<InstitutionInput>, actor: Actor) {
  const exists = await tx.selectFrom('institutions').select('id').where('id', '=', id).executeTakeFirst()
  if (!exists) fail(404, 'errors.notFound')
  if (patch.logoFileId) await checkLogo(tx, patch.logoFileId, actor)
  const values = Object.fromEntries(Object.entries(toRow(patch)).filter(([, v]) => v !== undefined))
  const row = await tx.updateTable('institutions').set({ ...values, updated_at: new Date() }).where('id', '=', id)
    .returning(PUBLIC_COLUMNS).executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  return row
}
