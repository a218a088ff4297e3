import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import { APPLICANT_EDITABLE_STATES, actionsFor, type ApplicationSide } from '../../../shared/mobility/lifecycle'
import { applicantRolesFor } from '../../../shared/mobility/vocabulary'
import type { ApplicationFilter, ApplicationForm, ApplicationPrivateInput } from '../../../shared/schemas/mobility'
import { fail } from '../../utils/errors'
import { staffInstitutionIds } from '../memberships/memberships'
import { findCall } from './programs'

export const APPLICATION_COLUMNS = ['id', 'call_id', 'applicant_id', 'home_institution_id', 'host_institution_id', 'state', 'revision',
  'form', 'score', 'submitted_at', 'created_at', 'updated_at'] as const

/** A draft for a call, from one of the applicant's own institutions, which must be a sending institution of the call. */
export async function createApplication(tx: Tx, actor: Actor, input: { callId: string; homeInstitutionId: string }): Promise<string> {
  const call = await findCall(tx, input.callId)
  const mine = await tx.selectFrom('memberships').select('role').where('user_id', '=', actor.id).where('institution_id', '=', input.homeInstitutionId).execute()
  const wanted = applicantRolesFor(call.program.type)
  if (!mine.some(m => wanted.includes(m.role))) fail(403, 'mobility.errors.notEligibleRole')
  if (!call.places.some(p => p.sending_institution_id === input.homeInstitutionId)) fail(422, 'mobility.errors.notSending')
  const existing = await tx.selectFrom('applications').select('id').where('call_id', '=', input.callId).where('applicant_id', '=', actor.id).executeTakeFirst()
  if (existing) fail(409, 'mobility.errors.alreadyApplied', {}, { applicationId: existing.id })
  const row = await tx.insertInto('applications').values({
    call_id: input.callId, applicant_id: actor.id, home_institution_id: input.homeInstitutionId,
    host_institution_id: call.program.host_institution_id, form: JSON.stringify({}), score: null, submitted_at: null,
  }).onConflict(oc => oc.columns(['call_id', 'applicant_id']).doNothing()).returning('id').executeTakeFirst()
  // Two tabs creating the same draft at once: the second finds the first's.
  if (!row) fail(409, 'mobility.errors.alreadyApplied')
  await tx.insertInto('application_private').values({ application_id: row.id, passport_number: null, passport_expiry: null, nationality: null }).execute()
  return row.id
}

/** Locks the application for a change; one acted on from an older revision is refused with the current one. */
export async function lockApplication(tx: Tx, id: string, revision: number) {
  const row = await tx.selectFrom('applications').select(APPLICATION_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  if (row.revision !== revision) fail(409, 'mobility.errors.staleRevision', {}, { current: { revision: row.revision, state: row.state } })
  return row
}

/** The applicant saves the form (and passport data) while it is a draft or returned for changes. */
export async function saveApplication(tx: Tx, actor: Actor, id: string, save: { revision: number; form: ApplicationForm; private?: ApplicationPrivateInput }) {
  const app = await lockApplication(tx, id, save.revision)
  if (app.applicant_id !== actor.id) fail(403, 'errors.forbidden')
  if (!APPLICANT_EDITABLE_STATES.includes(app.state)) fail(409, 'mobility.errors.notEditable')
  await tx.updateTable('applications').set({ form: JSON.stringify(save.form), revision: app.revision + 1, updated_at: new Date() }).where('id', '=', id).execute()
  if (save.private) {
    await tx.updateTable('application_private').set({
      passport_number: save.private.passportNumber, passport_expiry: save.private.passportExpiry, nationality: save.private.nationality, updated_at: new Date(),
    }).where('application_id', '=', id).execute()
  }
  return { revision: app.revision + 1 }
}

/** The sides the actor is on for this application (a person can be on two, e.g. staff applying from their own office). */
interface ApplicationParties {
  applicant_id: string
  home_institution_id: string
  host_institution_id: string
}

export async function sidesOf(tx: Tx, actor: Actor, app: ApplicationParties): Promise<ApplicationSide[]> {
  const staffAt = await staffInstitutionIds(tx, actor)
  const sides: ApplicationSide[] = []
  if (app.applicant_id === actor.id) sides.push('applicant')
  if (staffAt.includes(app.home_institution_id)) sides.push('home')
  if (staffAt.includes(app.host_institution_id)) sides.push('host')
  return sides
}

export async function getApplication(tx: Tx, actor: Actor, id: string) {
  const app = await tx.selectFrom('applications').select(APPLICATION_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!app) fail(404, 'errors.notFound')
  const [privateData, documents, events, sides, institutions] = await Promise.all([
    tx.selectFrom('application_private').select(['passport_number', 'passport_expiry', 'nationality']).where('application_id', '=', id).executeTakeFirst(),
    tx.selectFrom('application_documents').select(['document_key', 'file_id', 'added_at']).where('application_id', '=', id).execute(),
    tx.selectFrom('application_events').select(['action', 'from_state', 'to_state', 'actor_id', 'text', 'at']).where('application_id', '=', id).orderBy('at').execute(),
    sidesOf(tx, actor, app),
    // The page names both institutions: in this reply, not in a fetch of the whole directory of its own.
    tx.selectFrom('institutions').select(['id', 'name']).where('id', 'in', [app.home_institution_id, app.host_institution_id]).execute(),
  ])
  const actions = [...new Set(sides.flatMap(side => actionsFor(side, app.state)))]
  const nameOf = (institutionId: string) => institutions.find(i => i.id === institutionId)?.name ?? null
  return {
    ...app, home_name: nameOf(app.home_institution_id), host_name: nameOf(app.host_institution_id),
    private: privateData ?? null, documents, events, sides, actions,
  }
}

/** Mine, outgoing (my institutions' applicants) or incoming (nominated to my institutions); RLS decides the rest. */
export async function listApplications(tx: Tx, actor: Actor, filter: ApplicationFilter) {
  const staffAt = await staffInstitutionIds(tx, actor)
  // The host office cannot read the profiles of another institution's students: a left join keeps their
  // applications, named by the form's Latin name; unscored applications rank last.
  let query = tx.selectFrom('applications as a').leftJoin('profiles as p', 'p.id', 'a.applicant_id')
    .innerJoin('institutions as host', 'host.id', 'a.host_institution_id')
    .innerJoin('institutions as home', 'home.id', 'a.home_institution_id').innerJoin('calls as c', 'c.id', 'a.call_id')
    .select(['a.id', 'a.call_id', 'a.state', 'a.revision', 'a.score', 'a.submitted_at', 'a.home_institution_id', 'a.host_institution_id',
      sql<string>`coalesce(p.display_name, a.form->>'latinName', '')`.as('applicant_name'),
      sql<string | null>`a.form->>'fieldOfStudy'`.as('field_of_study'),
      'host.country as host_country', 'host.name as host_name', 'home.name as home_name', 'c.title as call_title'])
    .orderBy('a.score', ob => ob.desc().nullsLast()).orderBy('a.submitted_at', 'asc').limit(1000)
  if (filter.view === 'mine') query = query.where('a.applicant_id', '=', actor.id)
  if (filter.view === 'outgoing') query = query.where('a.home_institution_id', 'in', staffAt.length ? staffAt : ['00000000-0000-0000-0000-000000000000'])
  if (filter.view === 'incoming') query = query.where('a.host_institution_id', 'in', staffAt.length ? staffAt : ['00000000-0000-0000-0000-000000000000'])
  if (filter.callId) query = query.where('a.call_id', '=', filter.callId)
  if (filter.state) query = query.where('a.state', '=', filter.state)
  if (filter.hostInstitutionId) query = query.where('a.host_institution_id', '=', filter.hostInstitutionId)
  if (filter.country) query = query.where('host.country', '=', filter.country)
  return query.execute()
}

/** The applicant attaches (or replaces) one of the program's documents while the form is editable. */
export async function attachDocument(tx: Tx, actor: Actor, id: string, key: string, fileId: string) {
  const app = await tx.selectFrom('applications').select(APPLICATION_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!app) fail(404, 'errors.notFound')
  if (app.applicant_id !== actor.id) fail(403, 'errors.forbidden')
  if (!APPLICANT_EDITABLE_STATES.includes(app.state)) fail(409, 'mobility.errors.notEditable')
  const call = await findCall(tx, app.call_id)
  if (!call.program.required_documents.some(d => d.key === key)) fail(422, 'mobility.errors.unknownDocument')
  const file = await tx.selectFrom('files').select('owner_id').where('id', '=', fileId).executeTakeFirst()
  if (!file || file.owner_id !== actor.id) fail(422, 'mobility.errors.fileNotYours')
  await tx.insertInto('application_documents').values({ application_id: id, document_key: key, file_id: fileId })
    .onConflict(oc => oc.columns(['application_id', 'document_key']).doUpdateSet({ file_id: fileId, added_at: new Date() })).execute()
  return { document_key: key, file_id: fileId }
}
