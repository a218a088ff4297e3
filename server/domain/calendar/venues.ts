import type { Tx } from '../../db/as-user'
import type { VenueInput } from '../../../shared/schemas/calendar'
import { fail } from '../../utils/errors'

/** A venue of an institution, with its rooms; its staff (or the secretariat) create it. */
export async function createVenue(tx: Tx, input: VenueInput): Promise<string> {
  const row = await tx.insertInto('venues').values({
    institution_id: input.institutionId, name: JSON.stringify(input.name), address: input.address, city: JSON.stringify(input.city),
    country: input.country, time_zone: input.timeZone,
  }).returning('id').executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  if (input.rooms.length) {
    await tx.insertInto('rooms').values(input.rooms.map(r => ({ venue_id: row.id, name: JSON.stringify(r.name), capacity: r.capacity }))).execute()
  }
  return row.id
}

export async function listVenues(tx: Tx) {
  const venues = await tx.selectFrom('venues').select(['id', 'institution_id', 'name', 'city', 'country', 'time_zone']).orderBy('created_at').limit(500).execute()
  const rooms = venues.length
    ? await tx.selectFrom('rooms').select(['id', 'venue_id', 'name', 'capacity']).where('venue_id', 'in', venues.map(v => v.id)).orderBy('created_at').execute()
    : []
  return venues.map(v => ({ ...v, rooms: rooms.filter(r => r.venue_id === v.id).map(({ venue_id: _, ...r }) => r) }))
}
