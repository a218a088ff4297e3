import { afterAll, beforeAll, it } from 'vitest'
import { sql } from 'kysely'
import { asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { createPerson, createInstitutionRow, freshDatabase } from './helpers'
let handle: DatabaseHandle
beforeAll(async () => { handle = await freshDatabase() })
afterAll(() => handle.close())
it('probe', async () => {
  const a = await createPerson(handle.db, 'a')
  await createInstitutionRow(handle.db)
  const tryit = async (label: string, actor: any, q: any) => {
    try { const r = await asUser(handle.db, actor, tx => q.execute(tx)); console.log(label, 'OK', JSON.stringify((r as any).rows ?? r).slice(0, 200)) }
    catch (e: any) { console.log(label, 'ERR', e.message) }
  }
  await tryit('update id', a, sql`update profiles set id = gen_random_uuid() where id = ${a.id}`)
  await tryit('insert dup own', a, sql`insert into profiles (id, email, display_name) values (${a.id}, 'x', 'x')`)
  await tryit('create trigger', a, sql`create trigger evil after update on public.profiles for each row execute function public.handle_new_user()`)
  await tryit('anon truncate memberships', null, sql`truncate public.memberships`)
  await tryit('auth truncate institutions cascade', a, sql`truncate public.institutions cascade`)
  await tryit('privs', a, sql`select table_name, string_agg(privilege_type, ',') from information_schema.role_table_grants where grantee='authenticated' and table_schema='public' group by 1`)
  await tryit('count inst', a, sql`select count(*) from institutions`)
})
