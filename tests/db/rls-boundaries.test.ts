import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { asService, asUser, elevated, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { takeStep } from '../../server/domain/mobility/steps'
import { createAgreement } from '../../server/domain/agreements/agreements'
import { createInput, partiesWithStaff } from './agreement-fixtures'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { createSecretariat, PERMISSION_DENIED, personWithRole, probeAs } from './rls-fixtures'
import { applicationIn, COMPLETE_FORM, exchangeUnderAgreement, openCall, openExchange, type Exchange } from './mobility-fixtures'

// What a signed-in person can do against the tables directly (as in Supabase mode), beyond what the
// API offers: each case here was possible before the data-boundaries migration.
let handle: DatabaseHandle, db: Db
let ex: Exchange, sec: Actor, outsider: Actor
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  ex = await openExchange(db, 5)
  sec = await createSecretariat(db)
  outsider = await createPerson(db, 'outsider')
})
afterAll(() => handle.close())

/** Runs fn as actor and rolls back; returns what fn returned, rethrows a database error. */
const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)

async function fileOf(owner: Actor, contentType: string, filename = 'scan') {
  const row = await asService(db, 'test fixture', tx => tx.insertInto('files').values({
    owner_id: owner.id, storage_key: `${owner.id}/${randomUUID()}`, filename, content_type: contentType, size_bytes: 10, sha256: 'c'.repeat(64),
  }).returning('id').executeTakeFirstOrThrow())
  return row.id
}

describe('one definition of "the service acts"', () => {
  const isSystem = (tx: Tx) => sql<{ yes: boolean }>`select private.is_system() as yes`.execute(tx).then(r => r.rows[0]!.yes)

  it('is false for a signed-in person and a visitor, true for the service and inside elevated work', async () => {
    expect(await asUser(db, outsider, isSystem)).toBe(false)
    expect(await asUser(db, null, isSystem)).toBe(false)
    expect(await asService(db, 'test check', isSystem)).toBe(true)
    expect(await asUser(db, outsider, tx => elevated(tx, 'test check', isSystem))).toBe(true)
  })

  it('a person cannot make themself the service by claiming its role in their JWT claims', async () => {
    const claimed = await asUser(db, outsider, async (tx) => {
      await sql`select set_config('request.jwt.claims', ${JSON.stringify({ sub: outsider.id, role: 'service_role' })}, true)`.execute(tx)
      return isSystem(tx)
    })
    expect(claimed).toBe(false)
  })

  it('no security-definer helper is left in the exposed public schema, and people cannot run trigger functions', async () => {
    const exposed = await asService(db, 'test check', tx => sql<{ name: string }>`select p.proname as name from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and p.prosecdef`.execute(tx))
    expect(exposed.rows).toEqual([])
    const runnable = await asService(db, 'test check', tx => sql<{ name: string }>`select p.proname as name from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'private' and p.prorettype = 'trigger'::regtype
      and has_function_privilege('authenticated', p.oid, 'execute')`.execute(tx))
    expect(runnable.rows).toEqual([])
  })

  it('policies call argument-free helpers once per statement, as (select private.fn())', async () => {
    const bare = await asService(db, 'test check', tx => sql<{ name: string }>`select policyname as name from pg_policies
      where coalesce(qual, '') || coalesce(with_check, '') ~ '(?<!SELECT )private\\.(is_secretariat|is_community_member)\\(\\)'`.execute(tx))
    expect(bare.rows).toEqual([])
  })
})

describe('the audit log shows nobody what row-level security hides', () => {
  it('the secretariat reads that an application changed, never its form (names, emergency contacts)', async () => {
    const { id } = await applicationIn(db, ex, 'draft', 'audited')
    const rows = await asUser(db, sec, tx => tx.selectFrom('audit_log').select(['before', 'after']).where('entity', '=', 'applications').where('entity_id', '=', id).execute())
    expect(rows.length).toBeGreaterThanOrEqual(2)
    const text = JSON.stringify(rows)
    expect(text).not.toContain(COMPLETE_FORM.latinName)
    expect(text).not.toContain(COMPLETE_FORM.emergencyContact.phone)
    expect(rows.every(r => (r.after ?? r.before)!.form === '[redacted]')).toBe(true)
  })

  it('an incident\'s description and a note\'s text are not in the audit log; that they happened is', async () => {
    const { id, student } = await applicationIn(db, ex, 'confirmed', 'incident')
    const incident = await asUser(db, student, tx => tx.insertInto('incidents').values({
      application_id: id, type: 'health', severity: 'high', description: 'Diagnosed with dengue fever', occurred_at: new Date(), time_zone: 'Asia/Shanghai', reported_by: student.id,
    }).returning('id').executeTakeFirstOrThrow())
    await asUser(db, ex.homeOffice, tx => tx.insertInto('incident_notes').values({ incident_id: incident.id, text: 'Hospital bill covered by insurance', author_id: ex.homeOffice.id }).execute())
    const rows = await asUser(db, sec, tx => tx.selectFrom('audit_log').select(['entity', 'after']).where('entity', 'in', ['incidents', 'incident_notes']).execute())
    expect(rows.map(r => r.entity).sort()).toEqual(['incident_notes', 'incidents'])
    expect(JSON.stringify(rows)).not.toMatch(/dengue|Hospital bill/)
  })

  it('a file\'s name is not in the audit log (the secretariat cannot read a student\'s document list there)', async () => {
    const student = await personWithRole(db, 'named-file', ex.home, 'student')
    const file = await asUser(db, student, tx => tx.insertInto('files').values({
      owner_id: student.id, storage_key: `${student.id}/${randomUUID()}`, filename: 'HIV-test-result.pdf', content_type: 'application/pdf', size_bytes: 10, sha256: 'd'.repeat(64),
    }).returning('id').executeTakeFirstOrThrow())
    const rows = await asUser(db, sec, tx => tx.selectFrom('audit_log').select('after').where('entity', '=', 'files').where('entity_id', '=', file.id).execute())
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain('HIV-test-result')
  })
})

describe('files: the secretariat reads only what its other rights reach', () => {
  it('an applicant\'s document is read by the applicant and the home office, not by the secretariat', async () => {
    const { id, student } = await applicationIn(db, ex, 'submitted', 'documents')
    const doc = await asService(db, 'test check', tx => tx.selectFrom('application_documents').select('file_id').where('application_id', '=', id).executeTakeFirstOrThrow())
    const sees = (actor: Actor) => asUser(db, actor, tx => tx.selectFrom('files').select('id').where('id', '=', doc.file_id).execute()).then(r => r.length)
    expect([await sees(student), await sees(ex.homeOffice), await sees(sec), await sees(ex.hostOffice)]).toEqual([1, 1, 0, 0])
  })
})

describe('pictures: a logo or avatar is a raster image its setter owns', () => {
  it('the home office cannot publish a student\'s transcript, which it can read, as its institution\'s logo', async () => {
    const { id } = await applicationIn(db, ex, 'submitted', 'transcript')
    const doc = await asService(db, 'test check', tx => tx.selectFrom('application_documents').select('file_id').where('application_id', '=', id).executeTakeFirstOrThrow())
    await expect(probe(ex.homeOffice, tx => tx.updateTable('institutions').set({ logo_file_id: doc.file_id }).where('id', '=', ex.home).execute()))
      .rejects.toThrow(/raster image you uploaded/)
  })

  it('staff set their own PNG as the logo, not their own PDF; a person sets only their own picture as avatar', async () => {
    const png = await fileOf(ex.homeOffice, 'image/png')
    const pdf = await fileOf(ex.homeOffice, 'application/pdf')
    const setLogo = (file: string) => probe(ex.homeOffice, tx => tx.updateTable('institutions').set({ logo_file_id: file }).where('id', '=', ex.home).returning('logo_file_id').execute())
    expect(await setLogo(png)).toEqual([{ logo_file_id: png }])
    await expect(setLogo(pdf)).rejects.toThrow(/raster image/)
    const setAvatar = (actor: Actor, file: string) => probe(actor, tx => tx.updateTable('profiles').set({ avatar_file_id: file }).where('id', '=', actor.id).returning('avatar_file_id').execute())
    await expect(setAvatar(outsider, png)).rejects.toThrow(/raster image/)
    expect(await setAvatar(ex.homeOffice, png)).toEqual([{ avatar_file_id: png }])
  })
})

describe('applications: columns by person and state', () => {
  it('the applicant edits the form of a draft, never of a nominated application', async () => {
    const draft = await applicationIn(db, ex, 'draft', 'editing')
    const rewrite = (id: string, actor: Actor) => probe(actor, tx => tx.updateTable('applications').set({ form: JSON.stringify({ ...COMPLETE_FORM, motivation: 'Changed' }) }).where('id', '=', id).returning('id').execute())
    expect(await rewrite(draft.id, draft.student)).toEqual([{ id: draft.id }])
    const nominated = await applicationIn(db, ex, 'nominated', 'nominated')
    await expect(rewrite(nominated.id, nominated.student)).rejects.toThrow(/only by its applicant while it is open/)
    await expect(rewrite(draft.id, ex.homeOffice)).rejects.toThrow(/only by its applicant/)
  })

  it('nobody moves the submission time or sets the revision back', async () => {
    const { id, student } = await applicationIn(db, ex, 'nominated', 'timing')
    await expect(probe(student, tx => tx.updateTable('applications').set({ submitted_at: new Date('2020-01-01') }).where('id', '=', id).execute())).rejects.toThrow(/only by its applicant/)
    await expect(probe(ex.homeOffice, tx => tx.updateTable('applications').set({ revision: 1 }).where('id', '=', id).execute())).rejects.toThrow(/never goes back/)
  })

  it('the applicant cannot write an "accept" into the history; the service writes the step it takes', async () => {
    const { id, student, revision } = await applicationIn(db, ex, 'submitted', 'history')
    await expect(probe(student, tx => tx.insertInto('application_events').values({ application_id: id, action: 'accept', from_state: 'nominated', to_state: 'accepted', actor_id: student.id, text: null }).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
    await asUser(db, ex.homeOffice, tx => takeStep(tx, ex.homeOffice, id, { action: 'nominate', revision }))
    const events = await asUser(db, student, tx => tx.selectFrom('application_events').select(['action', 'actor_id']).where('application_id', '=', id).execute())
    expect(events).toEqual([{ action: 'nominate', actor_id: ex.homeOffice.id }])
  })

  it('a draft names the call\'s real host: an application to another institution as "host" is refused', async () => {
    const student = await personWithRole(db, 'wrong-host', ex.home, 'student')
    const elsewhere = await createInstitutionRow(db)
    await expect(probe(student, tx => tx.insertInto('applications').values({ call_id: ex.callId, home_institution_id: ex.home, host_institution_id: elsewhere, form: '{}', score: null, submitted_at: null }).execute()))
      .rejects.toThrow(/call's host/)
  })

  it('passport data is added only while the form is open', async () => {
    const { id, student } = await applicationIn(db, ex, 'nominated', 'passport')
    await asService(db, 'test fixture', tx => tx.deleteFrom('application_private').where('application_id', '=', id).execute())
    await expect(probe(student, tx => tx.insertInto('application_private').values({ application_id: id, passport_number: 'X999', passport_expiry: null, nationality: 'VN' }).execute()))
      .rejects.toThrow(/row-level security/)
  })
})

describe('checklist items: only your own file', () => {
  it('an office updating an item cannot attach a file that is not its own; it can change the status', async () => {
    const { id, student } = await applicationIn(db, ex, 'confirmed', 'checklist')
    const studentsFile = await fileOf(student, 'application/pdf')
    const officeFile = await fileOf(ex.homeOffice, 'application/pdf')
    const attach = (file: string | null) => probe(ex.homeOffice, tx => tx.updateTable('checklist_items').set({ file_id: file, updated_by: ex.homeOffice.id })
      .where('application_id', '=', id).where('item_key', '=', 'insurance').returning('file_id').execute())
    await expect(attach(studentsFile)).rejects.toThrow(/your own file/)
    expect(await attach(officeFile)).toEqual([{ file_id: officeFile }])
    await expect(probe(ex.homeOffice, tx => tx.updateTable('checklist_items').set({ item_key: 'visa' }).where('application_id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
  })
})

describe('call places: within the program\'s places and the agreement\'s quota', () => {
  it('the places of one academic year over all calls never exceed the program\'s places', async () => {
    // openExchange made a program of 10 places and a call of 5 for the home institution.
    await expect(openCall(db, ex.homeOffice, ex.programId, [{ sendingInstitutionId: ex.home, places: 5 }])).resolves.toBeDefined()
    await expect(openCall(db, ex.homeOffice, ex.programId, [{ sendingInstitutionId: ex.home, places: 1 }])).rejects.toMatchObject({ statusCode: 409, data: { key: 'mobility.errors.placesBeyondProgram', params: { left: 0 } } })
    await expect(openCall(db, ex.homeOffice, ex.programId, [{ sendingInstitutionId: ex.home, places: 1 }], '2027/2028')).resolves.toBeDefined()
  })

  it('a sending office cannot raise its places beyond the agreement\'s quota directly; the host cannot either', async () => {
    const ax = await exchangeUnderAgreement(db, 2)
    const callId = await openCall(db, ax.homeOffice, ax.programId, [{ sendingInstitutionId: ax.home, places: 2 }])
    for (const actor of [ax.homeOffice, ax.hostOffice]) {
      await expect(probe(actor, tx => tx.updateTable('call_places').set({ places: 3 }).where('call_id', '=', callId).execute())).rejects.toThrow(/quota/)
    }
    expect(await probe(ax.homeOffice, tx => tx.updateTable('call_places').set({ places: 1 }).where('call_id', '=', callId).returning('places').execute())).toEqual([{ places: 1 }])
  })

  it('a sending office opens places for itself only; the host for any of the program\'s sending institutions', async () => {
    const host = await createInstitutionRow(db)
    const [one, two] = [await createInstitutionRow(db), await createInstitutionRow(db)]
    const hostOffice = await personWithRole(db, 'host', host, 'office_staff')
    const oneOffice = await personWithRole(db, 'one', one, 'office_staff')
    const program = await asService(db, 'test fixture', async (tx) => {
      const row = await tx.insertInto('programs').values({ type: 'short_term_study', title: JSON.stringify({ en: 'Summer school' }), host_institution_id: host,
        starts_on: '2027-07-01', ends_on: '2027-07-31', places: 20, created_by: hostOffice.id } as never).returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('program_sending_institutions').values([{ program_id: row.id, institution_id: one }, { program_id: row.id, institution_id: two }]).execute()
      return row.id
    })
    await expect(openCall(db, oneOffice, program, [{ sendingInstitutionId: two, places: 3 }])).rejects.toMatchObject({ statusCode: 403, data: { key: 'mobility.errors.ownPlacesOnly' } })
    const call = await asService(db, 'test fixture', tx => tx.insertInto('calls').values({ program_id: program, title: JSON.stringify({ en: 'Direct' }), opens_at: new Date(),
      closes_at: new Date(Date.now() + 86_400_000), time_zone: 'UTC', academic_year: '2026/2027', created_by: oneOffice.id }).returning('id').executeTakeFirstOrThrow())
    await expect(probe(oneOffice, tx => tx.insertInto('call_places').values({ call_id: call.id, sending_institution_id: two, places: 1 }).execute())).rejects.toThrow(/for itself only/)
    await expect(openCall(db, oneOffice, program, [{ sendingInstitutionId: one, places: 3 }])).resolves.toBeDefined()
    await expect(openCall(db, hostOffice, program, [{ sendingInstitutionId: two, places: 3 }])).resolves.toBeDefined()
  })
})

describe('columns nobody changes after creation', () => {
  it('a program\'s host and a call\'s program stay where they were created', async () => {
    const elsewhere = await createInstitutionRow(db)
    await expect(probe(ex.hostOffice, tx => tx.updateTable('programs').set({ host_institution_id: elsewhere }).where('id', '=', ex.programId).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probe(ex.hostOffice, tx => tx.updateTable('calls').set({ program_id: ex.programId }).where('id', '=', ex.callId).execute())).rejects.toThrow(PERMISSION_DENIED)
    expect(await probe(ex.hostOffice, tx => tx.updateTable('programs').set({ places: 12 }).where('id', '=', ex.programId).returning('places').execute())).toEqual([{ places: 12 }])
  })
})

describe('an agreement names as contact only a member of the party\'s institution', () => {
  it('creating an agreement with a stranger as a party\'s contact is refused with a translated 422; a member is fine', async () => {
    const setup = await partiesWithStaff(db, 2)
    const input = createInput(setup)
    const withContact = (userId: string) => ({ ...input, parties: input.parties.map((p, i) => (i === 1 ? { ...p, contactUserId: userId } : p)) })
    const creator = setup.staff[0]!
    await expect(asUser(db, creator, tx => createAgreement(tx, creator, withContact(outsider.id)))).rejects.toMatchObject({ statusCode: 422, data: { key: 'agreements.errors.contactNotMember' } })
    await expect(asUser(db, creator, tx => createAgreement(tx, creator, withContact(creator.id)))).rejects.toMatchObject({ statusCode: 422 })
    await expect(asUser(db, creator, tx => createAgreement(tx, creator, withContact(setup.staff[1]!.id)))).resolves.toMatch(/^[0-9a-f-]{36}$/)
  })
})
