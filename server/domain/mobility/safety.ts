import { elevated, type Actor, type Tx } from '../../db/as-user'
import type { ChecklistKey } from '../../../shared/mobility/vocabulary'
import type { ChecklistUpdate, IncidentInput } from '../../../shared/schemas/mobility'
import { fail } from '../../utils/errors'
import { notify } from '../notifications/notify'
import { wallClockToInstant } from '../time/wall-clock'
import { findCall } from './programs'

async function visibleApplication(tx: Tx, id: string) {
  const app = await tx.selectFrom('applications').select(['id', 'call_id', 'state', 'applicant_id', 'home_institution_id', 'host_institution_id', 'form'])
    .where('id', '=', id).executeTakeFirst()
  if (!app) fail(404, 'errors.notFound')
  return app
}

/** The program's pre-departure checklist with each item's status for this application. */
export async function checklistOf(tx: Tx, applicationId: string) {
  const app = await visibleApplication(tx, applicationId)
  const { program } = await findCall(tx, app.call_id)
  const rows = await tx.selectFrom('checklist_items').select(['item_key', 'status', 'file_id', 'note', 'updated_at'])
    .where('application_id', '=', applicationId).execute()
  return program.checklist.map((item) => {
    const row = rows.find(r => r.item_key === item.key)
    return { key: item.key, required: item.required, status: row?.status ?? 'pending', file_id: row?.file_id ?? null, note: row?.note ?? null, updated_at: row?.updated_at ?? null }
  })
}

/** Items still blocking departure: required and not done. */
export async function blockingItems(tx: Tx, applicationId: string): Promise<ChecklistKey[]> {
  return (await checklistOf(tx, applicationId)).filter(i => i.required && i.status !== 'done').map(i => i.key)
}

export async function setChecklistItem(tx: Tx, actor: Actor, applicationId: string, key: string, update: ChecklistUpdate) {
  const app = await visibleApplication(tx, applicationId)
  if (!['accepted', 'confirmed', 'in_mobility'].includes(app.state)) fail(409, 'mobility.errors.checklistNotOpen')
  const item = (await checklistOf(tx, applicationId)).find(i => i.key === key)
  if (!item) fail(404, 'errors.notFound')
  if (update.status === 'not_needed' && item.required) fail(422, 'mobility.errors.itemRequired')
  if (update.fileId) {
    const file = await tx.selectFrom('files').select('owner_id').where('id', '=', update.fileId).executeTakeFirst()
    if (!file || file.owner_id !== actor.id) fail(422, 'mobility.errors.fileNotYours')
  }
  await tx.insertInto('checklist_items').values({
    application_id: applicationId, item_key: item.key, status: update.status, file_id: update.fileId, note: update.note, updated_by: actor.id,
  }).onConflict(oc => oc.columns(['application_id', 'item_key']).doUpdateSet({
    status: update.status, file_id: update.fileId, note: update.note, updated_by: actor.id, updated_at: new Date(),
  })).execute()
  return checklistOf(tx, applicationId)
}

/** An incident abroad: recorded once, seen at once by the applicant and both offices, each told in their language. */
export async function reportIncident(tx: Tx, actor: Actor, applicationId: string, input: IncidentInput) {
  const app = await visibleApplication(tx, applicationId)
  if (!['confirmed', 'in_mobility'].includes(app.state)) fail(409, 'mobility.errors.notAbroad')
  const occurredAt = wallClockToInstant(input.occurredAtLocal, input.timeZone)
  if (!occurredAt) fail(422, 'mobility.errors.invalidDate')
  if (occurredAt.getTime() > Date.now() + 5 * 60_000) fail(422, 'mobility.errors.incidentInFuture')
  const row = await tx.insertInto('incidents').values({
    application_id: applicationId, type: input.type, severity: input.severity, description: input.description,
    occurred_at: occurredAt, time_zone: input.timeZone, reported_by: actor.id,
  }).returning(['id', 'type', 'severity', 'occurred_at', 'time_zone', 'created_at']).executeTakeFirstOrThrow()
  await tellAboutIncident(tx, app, row, 'mobility.incidentReported')
  return row
}

/** The applicant and both offices hear of an incident and of every note on it, except whoever wrote it. */
async function tellAboutIncident(tx: Tx, app: Awaited<ReturnType<typeof visibleApplication>>,
  incident: { type: string; severity: string }, kind: 'mobility.incidentReported' | 'mobility.incidentNoteAdded') {
  await notify(tx, { users: [app.applicant_id], staffOf: [app.home_institution_id, app.host_institution_id] }, {
    kind,
    params: { severity: { key: `mobility.severities.${incident.severity}` }, type: { key: `mobility.incidentTypes.${incident.type}` } },
    link: `/mobility/applications/${app.id}`,
  })
}

/** A follow-up note on an incident, told to the same people as the report. */
export async function addIncidentNote(tx: Tx, actor: Actor, incidentId: string, text: string) {
  const incident = await tx.selectFrom('incidents').select(['id', 'application_id', 'type', 'severity']).where('id', '=', incidentId).executeTakeFirst()
  if (!incident) fail(404, 'errors.notFound')
  const note = await tx.insertInto('incident_notes').values({ incident_id: incidentId, text, author_id: actor.id })
    .returning(['id', 'text', 'created_at']).executeTakeFirstOrThrow()
  await tellAboutIncident(tx, await visibleApplication(tx, incident.application_id), incident, 'mobility.incidentNoteAdded')
  return note
}

export async function incidentsOf(tx: Tx, applicationId: string) {
  await visibleApplication(tx, applicationId)
  const incidents = await tx.selectFrom('incidents').select(['id', 'type', 'severity', 'description', 'occurred_at', 'time_zone', 'reported_by', 'created_at'])
    .where('application_id', '=', applicationId).orderBy('occurred_at', 'desc').execute()
  const notes = incidents.length
    ? await tx.selectFrom('incident_notes').select(['id', 'incident_id', 'text', 'author_id', 'created_at']).where('incident_id', 'in', incidents.map(i => i.id)).orderBy('created_at').execute()
    : []
  return incidents.map(i => ({ ...i, notes: notes.filter(n => n.incident_id === i.id) }))
}

/**
 * Who is abroad now, for the offices of their home or host institution: where, until when, and whom
 * to call. Names and mail addresses of the other side's people are read on the elevated path,
 * limited to the applications RLS already showed.
 */
export async function peopleAbroad(tx: Tx) {
  const rows = await tx.selectFrom('applications as a').innerJoin('calls as c', 'c.id', 'a.call_id').innerJoin('programs as p', 'p.id', 'c.program_id')
    .innerJoin('institutions as host', 'host.id', 'a.host_institution_id').innerJoin('institutions as home', 'home.id', 'a.home_institution_id')
    .select(['a.id', 'a.applicant_id', 'a.form', 'p.starts_on', 'p.ends_on', 'host.name as host_name', 'host.country as host_country', 'host.city as host_city', 'home.name as home_name'])
    .where('a.state', '=', 'in_mobility').orderBy('p.ends_on').execute()
  if (!rows.length) return []
  const people = await elevated(tx, 'emergency view: people abroad', svc => svc.selectFrom('profiles').select(['id', 'display_name', 'email'])
    .where('id', 'in', rows.map(r => r.applicant_id)).execute())
  const incidents = await tx.selectFrom('incidents').select(['application_id', 'severity', 'occurred_at']).where('application_id', 'in', rows.map(r => r.id))
    .orderBy('occurred_at', 'desc').execute()
  return rows.map(r => ({
    application_id: r.id, name: people.find(p => p.id === r.applicant_id)?.display_name ?? '', email: people.find(p => p.id === r.applicant_id)?.email ?? '',
    emergency_contact: r.form.emergencyContact ?? null, host_name: r.host_name, host_country: r.host_country, host_city: r.host_city, home_name: r.home_name,
    until: r.ends_on, latest_incident: incidents.find(i => i.application_id === r.id) ?? null,
  }))
}
