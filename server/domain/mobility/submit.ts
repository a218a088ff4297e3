import { sql, type Selectable } from 'kysely'
import { thenElevated, type Actor, type Tx } from '../../db/as-user'
import type { ApplicationPrivate, Applications, Calls, Programs } from '../../db/schema-mobility'
import { APPLICATION_TRANSITIONS, findApplicationTransition } from '../../../shared/mobility/lifecycle'
import { unmetRequirements } from '../../../shared/mobility/eligibility'
import { formOf } from '../../../shared/mobility/form'
import { passportCovers, passportNeededUntil } from '../../../shared/mobility/passport'
import { STAFF_PROGRAM_TYPES } from '../../../shared/mobility/vocabulary'
import type { ApplicationStep } from '../../../shared/schemas/mobility'
import { fail } from '../../utils/errors'
import { mailNotice, type NoticeRecipient } from '../notifications/notify'

/**
 * The application, locked, with everything its submission is checked against, read as the applicant: RLS decides
 * what they see (an application they cannot see is not found), as lockApplication does. When the read already
 * shows the applicant's own open form at the revision they sent, the same statement records the step
 * (private.submit_application) on the row it locked: the checks below then run on what was read before the step,
 * and a refusal throws, which rolls the whole transaction back, so nothing of it is kept. Otherwise the function
 * is not called and the checks refuse as they always did.
 */
/** The states a submission starts from, as the lifecycle table has them: the statement records only from these. */
const SUBMITTABLE = APPLICATION_TRANSITIONS.filter(t => t.action === 'submit').flatMap(t => t.from)

function lockAndRecord(id: string, revision: number) {
  return sql<Submission & { done: Recorded | null }>`
    with r as materialized (
      select a.id, a.applicant_id, a.state, a.revision, a.form, c.title, c.opens_at, c.closes_at,
        p.type, p.eligibility, p.required_documents, p.ends_on, p.passport_margin_months,
        ap.passport_number, ap.passport_expiry, ap.nationality,
        (select coalesce(array_agg(d.document_key), '{}') from public.application_documents d where d.application_id = a.id) as documents
      from public.applications a
      join public.calls c on c.id = a.call_id
      join public.programs p on p.id = c.program_id
      left join public.application_private ap on ap.application_id = a.id
      where a.id = ${id}::uuid
      for update of a)
    select r.*, case when r.revision = ${revision}::integer and r.state in (${sql.join(SUBMITTABLE)}) and r.applicant_id = (select auth.uid())
      then private.submit_application(r.id, r.revision) end as done
    from r`
}

/** What the checks read: the application, its call and program, the passport data and the documents held. */
type Submission = Pick<Selectable<Applications>, 'id' | 'applicant_id' | 'state' | 'revision' | 'form'>
  & Pick<Selectable<Calls>, 'title' | 'opens_at' | 'closes_at'>
  & Pick<Selectable<Programs>, 'type' | 'eligibility' | 'required_documents' | 'ends_on' | 'passport_margin_months'>
  & Pick<Selectable<ApplicationPrivate>, 'passport_number' | 'passport_expiry' | 'nationality'>
  & { documents: string[] | null }

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
 * The applicant submits: one statement locks and reads the application as the applicant and, when it is their open
 * form at the revision they saw, records the step (state, history, the home office's notices) and switches to the
 * service role on its reply; every check of takeStep then runs on what it read, in its order and with its replies
 * (a refusal rolls the step back with the transaction); the mails and their delivery job go out in one statement
 * more. Three statements after the transaction's claims (with the return to the user's role) where the general
 * step takes about fifteen.
 */
export async function submitApplication(tx: Tx, actor: Actor, id: string, step: ApplicationStep) {
  return thenElevated(tx, 'notify mobility.stateChanged', lockAndRecord(id, step.revision), async (svc, [app]) => {
    if (!app) fail(404, 'errors.notFound')
    if (app.revision !== step.revision) fail(409, 'mobility.errors.staleRevision', {}, { current: { revision: app.revision, state: app.state } })
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
    // Every check passed on an open form at this revision, so the statement has recorded the step.
    const recorded = app.done
    if (!recorded) throw new Error(`submission of ${id} passed its checks but was not recorded`)
    const people: NoticeRecipient[] = recorded.recipients.map(r => ({ id: r.id, email: r.email, preferred_locale: r.locale }))
    await mailNotice(svc, people, {
      kind: 'mobility.stateChanged',
      params: { call: app.title, state: { key: `mobility.states.${transition.to}` } },
      link: `/mobility/applications/${id}`,
    })
    return { state: recorded.state, revision: recorded.revision }
  })
}
