import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { CallInput, ProgramInput } from '../../../shared/schemas/mobility'
import { fail } from '../../utils/errors'
import { wallClockToInstant } from '../time/wall-clock'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'
import { quotasOf } from '../agreements/quotas'

const PROGRAM_COLUMNS = ['id', 'type', 'title', 'description', 'host_institution_id', 'agreement_id', 'condition_id', 'starts_on', 'ends_on',
  'places', 'passport_margin_months', 'eligibility', 'required_documents', 'costs', 'funding', 'checklist'] as const

/**
 * A program, on its own or under an agreement's cooperation condition; then the host must be the
 * condition's receiving party and the sending institutions its sending party.
 */
export async function createProgram(tx: Tx, actor: Actor, input: ProgramInput): Promise<string> {
  if (input.agreementId) {
    const agreement = await tx.selectFrom('agreements').select('state').where('id', '=', input.agreementId).executeTakeFirst()
    if (!agreement) fail(422, 'mobility.errors.unknownAgreement')
    const condition = (await quotasOf(tx, input.agreementId)).find(q => q.condition_id === input.conditionId)
    if (!condition) fail(422, 'mobility.errors.unknownCondition')
    if (condition.receiving_institution_id !== input.hostInstitutionId || input.sendingInstitutionIds.some(id => id !== condition.sending_institution_id)) {
      fail(422, 'mobility.errors.conditionMismatch')
    }
  }
  const row = await tx.insertInto('programs').values({
    type: input.type, title: JSON.stringify(input.title), description: JSON.stringify(input.description),
    host_institution_id: input.hostInstitutionId, agreement_id: input.agreementId, condition_id: input.conditionId,
    starts_on: input.startsOn, ends_on: input.endsOn, places: input.places, passport_margin_months: input.passportMarginMonths,
    eligibility: JSON.stringify(input.eligibility),
    required_documents: JSON.stringify(input.requiredDocuments), costs: JSON.stringify(input.costs), funding: JSON.stringify(input.funding),
    created_by: actor.id,
  }).returning('id').executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  await tx.insertInto('program_sending_institutions')
    .values(input.sendingInstitutionIds.map(id => ({ program_id: row.id, institution_id: id }))).execute()
  return row.id
}

export async function findProgram(tx: Tx, id: string) {
  const program = await tx.selectFrom('programs').select(PROGRAM_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!program) fail(404, 'errors.notFound')
  const sending = await tx.selectFrom('program_sending_institutions').select('institution_id').where('program_id', '=', id).execute()
  return { ...program, sending_institution_ids: sending.map(s => s.institution_id) }
}

/**
 * A call with places per sending institution. Under an agreement, the places of a year cannot
 * exceed what the condition still offers in that academic year (409).
 */
export async function createCall(tx: Tx, actor: Actor, input: CallInput): Promise<string> {
  const program = await findProgram(tx, input.programId)
  const opensAt = wallClockToInstant(input.opensAtLocal, input.timeZone)
  const closesAt = wallClockToInstant(input.closesAtLocal, input.timeZone)
  if (!opensAt || !closesAt) fail(422, 'mobility.errors.invalidDate')
  if (input.places.some(p => !program.sending_institution_ids.includes(p.sendingInstitutionId))) fail(422, 'mobility.errors.notSending')
  // The host (and the secretariat) open places for any sending institution; a sending office for itself only.
  const mine = await staffInstitutionIds(tx, actor)
  if (!mine.includes(program.host_institution_id) && !(await isSecretariat(tx)) && input.places.some(p => !mine.includes(p.sendingInstitutionId))) {
    fail(403, 'mobility.errors.ownPlacesOnly')
  }
  const taken = await tx.selectFrom('call_places as cp').innerJoin('calls as c', 'c.id', 'cp.call_id')
    .select(eb => eb.fn.coalesce(eb.fn.sum<string>('cp.places'), eb.val('0')).as('n'))
    .where('c.program_id', '=', input.programId).where('c.academic_year', '=', input.academicYear).executeTakeFirstOrThrow()
  const programLeft = program.places - Number(taken.n)
  const asked = input.places.reduce((sum, p) => sum + p.places, 0)
  if (asked > programLeft) fail(409, 'mobility.errors.placesBeyondProgram', { left: Math.max(0, programLeft) })
  if (program.agreement_id) {
    const line = (await quotasOf(tx, program.agreement_id, input.academicYear)).find(q => q.condition_id === program.condition_id)
    if (!line || asked > line.left) fail(409, 'mobility.errors.placesBeyondQuota', { left: line?.left ?? 0 })
  }
  const row = await tx.insertInto('calls').values({
    program_id: input.programId, title: JSON.stringify(input.title), opens_at: opensAt, closes_at: closesAt,
    time_zone: input.timeZone, academic_year: input.academicYear, created_by: actor.id,
  }).returning('id').executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  await tx.insertInto('call_places').values(input.places.map(p => ({ call_id: row.id, sending_institution_id: p.sendingInstitutionId, places: p.places }))).execute()
  return row.id
}

export async function findCall(tx: Tx, id: string) {
  const call = await tx.selectFrom('calls').select(['id', 'program_id', 'title', 'opens_at', 'closes_at', 'time_zone', 'academic_year'])
    .where('id', '=', id).executeTakeFirst()
  if (!call) fail(404, 'errors.notFound')
  const places = await tx.selectFrom('call_places').select(['sending_institution_id', 'places']).where('call_id', '=', id).execute()
  return { ...call, places, program: await findProgram(tx, call.program_id) }
}

/** Calls open now (or all), newest first, with their program's public fields. */
export async function listCalls(tx: Tx, openOnly: boolean, now = new Date(), managedOnly = false) {
  let query = tx.selectFrom('calls').innerJoin('programs', 'programs.id', 'calls.program_id')
    .innerJoin('institutions as host', 'host.id', 'programs.host_institution_id')
    .select(['calls.id', 'calls.title', 'calls.opens_at', 'calls.closes_at', 'calls.time_zone', 'calls.academic_year',
      'programs.id as program_id', 'programs.type', 'programs.title as program_title', 'programs.host_institution_id',
      'host.name as host_name', 'host.country as host_country', 'programs.starts_on', 'programs.ends_on', 'programs.eligibility'])
    .orderBy('calls.closes_at', 'asc').limit(200)
  if (openOnly) query = query.where('calls.opens_at', '<=', now).where('calls.closes_at', '>', now)
  // The calls of programs the reader's office runs (the secretariat: all), e.g. to send an evaluation to their students.
  if (managedOnly) query = query.where(sql<boolean>`private.can_manage_program(programs.id)`)
  return query.execute()
}

/** What a step of an application needs to know of its call and program, in one query. */
export async function callForStep(tx: Tx, callId: string) {
  const row = await tx.selectFrom('calls as c').innerJoin('programs as p', 'p.id', 'c.program_id')
    .select(['c.id', 'c.title', 'c.opens_at', 'c.closes_at', 'c.academic_year', 'p.type', 'p.eligibility', 'p.required_documents', 'p.checklist', 'p.agreement_id', 'p.condition_id',
      'p.ends_on', 'p.passport_margin_months'])
    .where('c.id', '=', callId).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  const { type, eligibility, required_documents, checklist, agreement_id, condition_id, ends_on, passport_margin_months } = row
  return { ...row, program: { type, eligibility, required_documents, checklist, agreement_id, condition_id, ends_on, passport_margin_months } }
}

/** Programs the actor's institutions host or send to, latest first: those they can open calls for. */
export async function listManagedPrograms(tx: Tx, actor: Actor) {
  const staffAt = await staffInstitutionIds(tx, actor)
  if (!staffAt.length) return []
  return tx.selectFrom('programs').select(['id', 'type', 'title', 'host_institution_id', 'agreement_id', 'starts_on', 'ends_on', 'places'])
    .where(eb => eb.or([
      eb('host_institution_id', 'in', staffAt),
      eb.exists(eb.selectFrom('program_sending_institutions as s').select('s.program_id').whereRef('s.program_id', '=', 'programs.id').where('s.institution_id', 'in', staffAt)),
    ]))
    .orderBy('starts_on', 'desc').limit(200).execute()
}
