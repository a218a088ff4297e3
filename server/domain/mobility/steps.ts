import { elevated, type Actor, type Tx } from '../../db/as-user'
import { findApplicationTransition, HOST_VISIBLE_STATES, PLACE_HOLDING_STATES } from '../../../shared/mobility/lifecycle'
import type { ApplicationStep } from '../../../shared/schemas/mobility'
import { fail } from '../../utils/errors'
import { useQuota } from '../agreements/quotas'
import { notify } from '../notifications/notify'
import { lockApplication, sidesOf } from './applications'
import { callForStep } from './programs'
import { blockingItems } from './safety'
import { submitApplication } from './submit'

type Application = Awaited<ReturnType<typeof lockApplication>>
type Call = Awaited<ReturnType<typeof callForStep>>

/**
 * A nomination takes one of the home institution's places in the call, and — under an agreement —
 * one place of the condition's quota for the academic year. The call's places row is locked first,
 * so two offices nominating for the last place cannot both succeed.
 */
async function takePlace(tx: Tx, app: Application, call: Call) {
  const places = await tx.selectFrom('call_places').select('places').where('call_id', '=', app.call_id)
    .where('sending_institution_id', '=', app.home_institution_id).forUpdate().executeTakeFirst()
  const held = await tx.selectFrom('applications').select(eb => eb.fn.countAll<string>().as('n')).where('call_id', '=', app.call_id)
    .where('home_institution_id', '=', app.home_institution_id).where('state', 'in', PLACE_HOLDING_STATES).executeTakeFirstOrThrow()
  const left = (places?.places ?? 0) - Number(held.n)
  if (left <= 0) fail(409, 'mobility.errors.noPlacesLeft', { left: 0 })
  if (call.program.agreement_id && call.program.condition_id) {
    await useQuota(tx, { agreementId: call.program.agreement_id, conditionId: call.program.condition_id, academicYear: call.academic_year, places: 1, source: 'application', sourceId: app.id })
  }
}

/** Gives the place back. An applicant who withdraws may not touch the agreement's quota rows themself: the step does it for them. */
async function releasePlace(tx: Tx, app: Application) {
  await elevated(tx, 'give a nomination place back', svc => svc.deleteFrom('agreement_quota_usage')
    .where('source', '=', 'application').where('source_id', '=', app.id).execute())
}

/** One step of the application lifecycle, by whoever the table allows, recorded and told to the other side. */
export async function takeStep(tx: Tx, actor: Actor, id: string, step: ApplicationStep) {
  // The busiest step has a path of its own: the same checks and records in three round trips (submit.ts).
  if (step.action === 'submit') return submitApplication(tx, actor, id, step)
  const app = await lockApplication(tx, id, step.revision)
  const transition = findApplicationTransition(step.action, app.state)
  if (!transition) fail(409, 'mobility.errors.transitionNotAllowed', {}, { action: step.action, state: app.state })
  const sides = await sidesOf(tx, actor, app)
  if (!transition.by.some(side => sides.includes(side))) fail(403, 'mobility.errors.notYourStep')
  if (transition.textRequired && !step.text) fail(422, 'mobility.errors.textRequired')

  const call = await callForStep(tx, app.call_id)
  if (step.action === 'nominate') await takePlace(tx, app, call)
  if (step.action === 'depart') {
    const blocking = await blockingItems(tx, id)
    if (blocking.length) fail(409, 'mobility.errors.checklistIncomplete', { count: blocking.length }, { blocking })
  }
  if (PLACE_HOLDING_STATES.includes(app.state) && !PLACE_HOLDING_STATES.includes(transition.to)) await releasePlace(tx, app)

  await tx.updateTable('applications').set({
    state: transition.to, revision: app.revision + 1, updated_at: new Date(),
  }).where('id', '=', id).execute()
  // The history is the service's record of the step it just checked: people cannot write it directly.
  await elevated(tx, 'record an application step', svc => svc.insertInto('application_events').values({
    application_id: id, action: step.action, from_state: app.state, to_state: transition.to, actor_id: actor.id, text: step.text ?? null,
  }).execute())
  await notify(tx, {
    users: transition.notify.includes('applicant') ? [app.applicant_id] : [],
    // The host hears only of applications it can see, before or after the step (never of an un-nominated withdrawal).
    staffOf: [...(transition.notify.includes('home') ? [app.home_institution_id] : []),
      ...(transition.notify.includes('host') && (HOST_VISIBLE_STATES.includes(app.state) || HOST_VISIBLE_STATES.includes(transition.to)) ? [app.host_institution_id] : [])],
  }, {
    kind: 'mobility.stateChanged',
    params: { call: call.title, state: { key: `mobility.states.${transition.to}` } },
    link: `/mobility/applications/${id}`,
  })
  return { state: transition.to, revision: app.revision + 1 }
}

/** The home office scores an application for its ranking of a call's applicants. */
export async function scoreApplication(tx: Tx, actor: Actor, id: string, revision: number, score: number | null) {
  const app = await lockApplication(tx, id, revision)
  if (!(await sidesOf(tx, actor, app)).includes('home')) fail(403, 'mobility.errors.notYourStep')
  await tx.updateTable('applications').set({ score, revision: app.revision + 1, updated_at: new Date() }).where('id', '=', id).execute()
  return { revision: app.revision + 1 }
}
