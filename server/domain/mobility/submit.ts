import { sql } from 'kysely'
import { thenElevated, type Actor, type Tx } from '../../db/as-user'
import { findApplicationTransition } from '../../../shared/mobility/lifecycle'
import { unmetRequirements } from '../../../shared/mobility/eligibility'
import { formOf } from '../../../shared/mobility/form'
import { passportCovers, passportNeededUntil } from '../../../shared/mobility/passport'
import { STAFF_PROGRAM_TYPES } from '../../../shared/mobility/vocabulary'
import type { ApplicationStep } from '../../../shared/schemas/mobility'
import { fail } from '../../utils/errors'
import { mailNotice, type NoticeRecipient } from '../notifications/notify'

/**
 * The application, locked, with everything its submission is checked against, in one statement as the
 * applicant: RLS decides what they see (an application they cannot see is not found), as lockApplication does.
 */
async function lockForSubmission(tx: Tx, id: string, revision: number) {
  const row = await tx.selectFrom('applications as a')
    .innerJoin('calls as c', 'c.id', 'a.call_id').innerJoin('programs as p', 'p.id', 'c.program_id')
    .leftJoin('application_private as ap', 'ap.application_id', 'a.id')
    .select(['a.id', 'a.applicant_id', 'a.state', 'a.revision', 'a.form', 'c.title', 'c.opens_at', 'c.closes_at',
      'p.type', 'p.eligibility', 'p.required_documents', 'p.ends_on', 'p.passport_margin_months',
      'ap.passport_number', 'ap.passport_expiry', 'ap.nationality',
      eb => eb.selectFrom('application_documents as d').select(sql<string[]>`coalesce(array_agg(d.document_key), '{}')`.as('keys'))
        .whereRef('d.application_id', '=', 'a.id').as('documents')])
    .where('a.id', '=', id).forUpdate('a').executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  if (row.revision !== revision) fail(409, 'mobility.errors.staleRevision', {}, { current: { revision: row.revision, state: row.state } })
  return row
}

type Submission = Awaited<ReturnType<typeof lockForSubmission>>
/** What private.submit_application answers: the new state and revision, and the home office's staff to mail. */
interface Recorded {
  state: 'submitted'
  revision: number
  recipients: { id: string; email: string; locale: string | null }[]
}

/** What a submission must hold; the reply names what is missing, so the form can point at it. */
export function missingForSubmission(app: Submission): string[] {
  const form = formOf(app.form)
  const missing: string[] = []
  if (!form.latinName) missing.push('latinName')
  if (!form.emergencyContact.name || !form.emergencyContact.phone) missing.push('emergencyContact')
  if (!form.motivation) missing.push('motivation')
  if (STAFF_PROGRAM_TYPES.includes(app.type)) {
    if (!form.teachingPlan) missing.push('teachingPlan')
    if (!form.teachingHours) missing.push('teachingHours')
  }
  else if (!form.preferredCourses) missing.push('preferredCourses')
  if (!app.passport_number || !app.passport_expiry) missing.push('passport')
  if (!app.nationality) missing.push('nationality')
  const documents = app.documents ?? []
  for (const doc of app.required_documents) if (doc.required && !documents.includes(doc.key)) missing.push(`documents.${doc.key}`)
  return missing
}

/**
 * The applicant submits: every check of takeStep, in its order and with its replies, on one locked read; then one
 * database function records the step (state, history, the home office's notices), its reply switching to the
 * service role, and the mails and their delivery job go out in one statement more. Four statements after the
 * transaction's claims (with the return to the user's role) where the general step takes about fifteen.
 */
export async function submitApplication(tx: Tx, actor: Actor, id: string, step: ApplicationStep) {
  const app = await lockForSubmission(tx, id, step.revision)
  const transition = findApplicationTransition('submit', app.state)
  if (!transition) fail(409, 'mobility.errors.transitionNotAllowed', {}, { action: step.action, state: app.state })
  // Only the applicant's side submits (lifecycle.ts); staff of the offices are on other sides.
  if (app.applicant_id !== actor.id) fail(403, 'mobility.errors.notYourStep')
  const now = new Date()
  if (now < new Date(app.opens_at) || now >= new Date(app.closes_at)) fail(409, 'mobility.errors.callClosed')
  const missing = missingForSubmission(app)
  if (missing.length) fail(422, 'mobility.errors.incomplete', { count: missing.length }, { missing })
  const { ends_on: endsOn, passport_margin_months: months } = app
  if (app.passport_expiry && !passportCovers(app.passport_expiry, endsOn, months)) {
    fail(422, 'mobility.errors.passportExpiresTooSoon', { field: 'private.passportExpiry', date: passportNeededUntil(endsOn, months), months })
  }
  const unmet = unmetRequirements(app.eligibility, formOf(app.form), STAFF_PROGRAM_TYPES.includes(app.type))
  if (unmet.length) fail(422, 'mobility.errors.notEligible', { count: unmet.length }, { unmet })

  // The step is recorded as the applicant; the reply names whom to mail, and the mails go out elevated.
  const done = await thenElevated(tx, 'notify mobility.stateChanged',
    sql<{ done: Recorded }>`select private.submit_application(${id}::uuid, ${app.revision}::integer) as done`,
    async (svc, [row]) => {
      const recorded = row!.done
      const people: NoticeRecipient[] = recorded.recipients.map(r => ({ id: r.id, email: r.email, preferred_locale: r.locale }))
      await mailNotice(svc, people, {
        kind: 'mobility.stateChanged',
        params: { call: app.title, state: { key: `mobility.states.${transition.to}` } },
        link: `/mobility/applications/${id}`,
      })
      return recorded
    })
  return { state: done.state, revision: done.revision }
}
