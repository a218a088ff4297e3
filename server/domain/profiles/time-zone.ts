import { sql } from 'kysely'
import { asUser, type Actor } from '../../db/as-user'
import { useDatabase } from '../../utils/database'
import { canonicalZone } from '../../../shared/time-zones'

/**
 * The browser's zone becomes the person's when their profile has none yet (their first sign-in, or an account made
 * without a browser). A chosen or stored zone stays; a zone the database does not know is passed over, never an error.
 */
export async function rememberBrowserZone(actor: Actor, browserZone: string | undefined): Promise<void> {
  if (!browserZone) return
  const zone = canonicalZone(browserZone)
  const db = await useDatabase()
  await asUser(db, actor, tx => tx.updateTable('profiles').set({ time_zone: zone, updated_at: new Date() })
    .where('id', '=', actor.id).where('time_zone', 'is', null).where(sql<boolean>`private.is_time_zone(${zone})`).execute())
}
