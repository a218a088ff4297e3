import type { Actor, Tx } from '../../db/as-user'
import { APPROVABLE_STATES, SIGNABLE_STATES } from '../../../shared/agreements/lifecycle'
import { actionsFor } from '../../../shared/mobility/lifecycle'
import type { ApplicationState } from '../../../shared/mobility/vocabulary'
import { staffInstitutionIds } from '../memberships/memberships'
import { myRegistrations } from '../calendar/registration-lists'
import { pendingApprovals } from '../certificates/certificates'
import { myReviewing } from '../conferences/review-board'
import { myInvitations } from '../evaluation/invitations'
import { awaitingSignature } from '../learning-agreements/learning-agreements'
import { listApplications } from '../mobility/applications'
import { listCalls } from '../mobility/programs'
import { blockingItems } from '../mobility/safety'

/** How far ahead the dashboard looks for calls closing and meetings. */
const HORIZON_DAYS = 60
const DAY_MS = 86_400_000
/** The applicant's checklist counts from acceptance until the return. */
const CHECKLIST_STATES: readonly ApplicationState[] = ['accepted', 'confirmed', 'in_mobility']

/** Agreements where one of the actor's institutions still has to approve the current version or sign it. */
async function agreementsToAct(tx: Tx, staffAt: string[]) {
  if (!staffAt.length) return []
  const rows = await tx.selectFrom('agreements as a').innerJoin('agreement_parties as p', 'p.agreement_id', 'a.id')
    .innerJoin('institutions as i', 'i.id', 'p.institution_id')
    .select(['a.id', 'a.title', 'a.state', 'a.current_version', 'a.updated_at', 'p.institution_id', 'i.name as institution_name'])
    .where('p.institution_id', 'in', staffAt).where('a.state', 'in', [...APPROVABLE_STATES, ...SIGNABLE_STATES])
    .where(eb => eb.or([
      eb.and([eb('a.state', 'in', APPROVABLE_STATES), eb.not(eb.exists(eb.selectFrom('agreement_approvals as x').select('x.id')
        .whereRef('x.agreement_id', '=', 'a.id').whereRef('x.version_number', '=', 'a.current_version')
        .whereRef('x.institution_id', '=', 'p.institution_id').where('x.voided_at', 'is', null)))]),
      eb.and([eb('a.state', 'in', SIGNABLE_STATES), eb.not(eb.exists(eb.selectFrom('agreement_signatures as s').select('s.id')
        .whereRef('s.agreement_id', '=', 'a.id').whereRef('s.version_number', '=', 'a.current_version')
        .whereRef('s.institution_id', '=', 'p.institution_id')))]),
    ]))
    .orderBy('a.updated_at', 'asc').limit(50).execute()
  return rows.map(r => ({ ...r, step: SIGNABLE_STATES.includes(r.state) ? 'sign' as const : 'approve' as const }))
}

/** Applications in the actor's queues: submitted to their home office, nominated to their host office. */
async function applicationsToReview(tx: Tx, actor: Actor) {
  const [outgoing, incoming] = await Promise.all([
    listApplications(tx, actor, { view: 'outgoing', state: 'submitted' }),
    listApplications(tx, actor, { view: 'incoming', state: 'nominated' }),
  ])
  return [...outgoing.map(a => ({ ...a, queue: 'outgoing' as const })), ...incoming.map(a => ({ ...a, queue: 'incoming' as const }))].slice(0, 50)
}

/** Required documents of the call's program not yet attached to the application. */
async function missingDocuments(tx: Tx, applicationId: string, callId: string): Promise<string[]> {
  const [program, attached] = await Promise.all([
    tx.selectFrom('calls as c').innerJoin('programs as p', 'p.id', 'c.program_id').select('p.required_documents').where('c.id', '=', callId).executeTakeFirst(),
    tx.selectFrom('application_documents').select('document_key').where('application_id', '=', applicationId).execute(),
  ])
  return (program?.required_documents ?? []).filter(d => d.required && !attached.some(a => a.document_key === d.key)).map(d => d.key)
}

/** The actor's own applications still under way, each with the steps they can take and what is missing. */
async function ownApplications(tx: Tx, actor: Actor) {
  const mine = await listApplications(tx, actor, { view: 'mine' })
  const open = mine.filter(a => actionsFor('applicant', a.state).some(s => s !== 'withdraw') || CHECKLIST_STATES.includes(a.state))
  return Promise.all(open.slice(0, 20).map(async a => ({
    id: a.id, call_title: a.call_title, host_name: a.host_name, state: a.state,
    next_steps: actionsFor('applicant', a.state).filter(s => s !== 'withdraw'),
    missing_documents: ['draft', 'returned'].includes(a.state) ? await missingDocuments(tx, a.id, a.call_id) : [],
    missing_checklist: CHECKLIST_STATES.includes(a.state) ? await blockingItems(tx, a.id) : [],
  })))
}

/** Calls closing and meetings starting within the horizon, soonest first; RLS decides which meetings. */
async function upcomingDeadlines(tx: Tx, now: Date) {
  const until = new Date(now.getTime() + HORIZON_DAYS * DAY_MS)
  const [calls, meetings] = await Promise.all([
    listCalls(tx, true, now),
    tx.selectFrom('meetings as m').innerJoin('governance_bodies as b', 'b.id', 'm.body_id')
      .select(['m.id', 'm.title', 'm.starts_at', 'm.time_zone', 'b.name as body_name'])
      .where('m.starts_at', '>', now).where('m.starts_at', '<', until).orderBy('m.starts_at').limit(20).execute(),
  ])
  const closing = calls.filter(c => c.closes_at < until).slice(0, 20)
    .map(c => ({ kind: 'call' as const, id: c.id, title: c.title, at: c.closes_at, time_zone: c.time_zone, context: c.program_title }))
  const meetingItems = meetings.map(m => ({ kind: 'meeting' as const, id: m.id, title: m.title, at: m.starts_at, time_zone: m.time_zone, context: m.body_name }))
  return [...closing, ...meetingItems].sort((a, b) => a.at.getTime() - b.at.getTime())
}

/** What the newer modules wait for, as counts with the page that lists them: the same lists those pages read. */
async function moduleTasks(tx: Tx, actor: Actor, staff: boolean) {
  const evaluations = await myInvitations(tx, actor)
  const reviewing = await myReviewing(tx, actor)
  const registrations = await myRegistrations(tx, actor)
  const certificates = staff ? await pendingApprovals(tx, actor) : []
  const tasks = [
    { kind: 'evaluations' as const, count: evaluations.filter(i => i.phase === 'open' && !i.answered).length, link: '/evaluation' },
    { kind: 'reviewerInvitations' as const, count: reviewing.invitations.filter(r => r.state === 'invited').length, link: '/conferences/reviews' },
    { kind: 'reviews' as const, count: reviewing.assignments.filter(a => !a.submitted_at).length, link: '/conferences/reviews' },
    { kind: 'offers' as const, count: registrations.filter(r => r.state === 'offered').length, link: '/calendar/mine' },
    { kind: 'certificates' as const, count: certificates.length, link: '/certificates?view=pending' },
  ]
  return tasks.filter(task => task.count > 0)
}

/** What waits for the signed-in person: each list built from the services under their own RLS. */
export async function dashboardOf(tx: Tx, actor: Actor, now = new Date()) {
  const staffAt = await staffInstitutionIds(tx, actor)
  // One statement at a time on the transaction: the lists are independent but share one connection.
  const approvals = await agreementsToAct(tx, staffAt)
  const learningAgreements = await awaitingSignature(tx, actor, staffAt)
  const reviews = staffAt.length ? await applicationsToReview(tx, actor) : []
  const applications = await ownApplications(tx, actor)
  const deadlines = await upcomingDeadlines(tx, now)
  const tasks = await moduleTasks(tx, actor, staffAt.length > 0)
  return { approvals, learningAgreements, reviews, applications, deadlines, tasks }
}
