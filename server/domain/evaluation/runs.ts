import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import { allQuestions, type FormDefinition } from '../../../shared/evaluation/form-definition'
import { K_ANONYMITY } from '../../../shared/evaluation/statistics'
import type { EvaluationActionStatus, EvaluationTiming } from '../../../shared/evaluation/vocabulary'
import type { LocalizedText } from '../../../shared/localized-text'
import { aggregate, responseRates } from './analytics/aggregate'
import { resultsInstances, type ResultsInstance } from './analytics/access'
import { summarise, type QuestionSummary } from './analytics/questions'
import { INSTANCE_COLUMNS } from './instances'

/**
 * The improvement loop across the runs of an activity: the next run is evaluated again with the forms the earlier run
 * had, each evaluation is compared with the same form at the same timing in the earlier run, and the findings and
 * actions recorded in between ("what we changed") are shown with both.
 */

// ---------------------------------------------------------------- findings with their actions, for pages and reports
export interface LoopAction {
  id: string
  finding_id: string
  title: LocalizedText
  owner_id: string
  /** The owner's display name (null once the person is erased). */
  owner_name: string | null
  due_on: string
  status: EvaluationActionStatus
  overdue: boolean
}
export interface LoopFinding {
  id: string
  activity_id: string | null
  instance_id: string | null
  text: LocalizedText
  created_at: Date
  actions: LoopAction[]
}

/**
 * The findings of some activities with their actions, as the reader may read them (RLS: the activity's managers, the
 * secretariat, the executive committee for planned activities, an action's owner). An action is overdue when it is
 * still open or in progress after its due day (the day in UTC, as the reminder job counts it).
 */
export async function findingsOfActivities(tx: Tx, activityIds: string[]): Promise<LoopFinding[]> {
  if (!activityIds.length) return []
  const findings = await tx.selectFrom('evaluation_findings').select(['id', 'activity_id', 'instance_id', 'text', 'created_at'])
    .where('activity_id', 'in', activityIds).orderBy('created_at').orderBy('id').execute()
  if (!findings.length) return []
  const actions = await tx.selectFrom('evaluation_actions')
    .select(['id', 'finding_id', 'title', 'owner_id', 'status',
      sql<string>`to_char(due_on, 'YYYY-MM-DD')`.as('due_on'),
      sql<boolean>`status in ('open', 'in_progress') and due_on < (now() at time zone 'UTC')::date`.as('overdue')])
    .where('finding_id', 'in', findings.map(f => f.id)).orderBy('due_on').orderBy('id').execute()
  // Owners are named to those who can see the action: only the display name is read, on the service path.
  const ownerIds = [...new Set(actions.map(a => a.owner_id))]
  const owners = ownerIds.length
    ? await elevated(tx, 'name the owners of actions the reader can see', svc => svc.selectFrom('profiles').select(['id', 'display_name'])
        .where('id', 'in', ownerIds).where('erased_at', 'is', null).execute())
    : []
  const names = new Map(owners.map(o => [o.id, o.display_name]))
  return findings.map(f => ({
    ...f,
    text: f.text as LocalizedText,
    actions: actions.filter(a => a.finding_id === f.id).map(a => ({
      ...a, title: a.title as LocalizedText, status: a.status as EvaluationActionStatus, overdue: Boolean(a.overdue), owner_name: names.get(a.owner_id) ?? null,
    })),
  }))
}

/** The activity's own findings and those of the run it repeats, for its organisers (others: 403; unseen: 404). */
export async function activityLoop(tx: Tx, activityId: string) {
  const activity = await tx.selectFrom('activities').select(['id', 'previous_run_id']).where('id', '=', activityId).executeTakeFirst()
  if (!activity) fail(404, 'errors.notFound')
  await mustManageActivity(tx, activityId)
  const previous = activity.previous_run_id
    ? await tx.selectFrom('activities').select(['id', 'title', 'state']).where('id', '=', activity.previous_run_id).executeTakeFirst()
    : undefined
  const [findings, previousFindings, reEvaluation] = await Promise.all([
    findingsOfActivities(tx, [activityId]),
    previous ? findingsOfActivities(tx, [previous.id]) : Promise.resolve([]),
    previous ? reEvaluationPlan(tx, activityId, previous.id) : Promise.resolve([]),
  ])
  return {
    findings,
    previous_run: previous ? { id: previous.id, title: previous.title as LocalizedText, state: previous.state, findings: previousFindings } : null,
    /** The earlier run's evaluations not yet attached to this run (what "Re-evaluate" would attach). */
    to_re_evaluate: reEvaluation.filter(r => !r.attached).length,
  }
}

async function mustManageActivity(tx: Tx, activityId: string) {
  const { rows } = await sql<{ ok: boolean }>`select private.can_manage_activity(${activityId}::uuid) as ok`.execute(tx)
  if (!rows[0]?.ok) fail(403, 'errors.forbidden')
}

// ---------------------------------------------------------------- re-evaluating the next run
interface PlannedInstance {
  from: { id: string; form_id: string; timing: EvaluationTiming; offset_days: number; anonymous: boolean; open_days: number; reminder_days: number }
  /** The latest published version of the form, if the reader can read it. */
  versionId: string | null
  attached: boolean
}

/** Each evaluation of the earlier run, with the form's latest published version and whether this run has it already. */
async function reEvaluationPlan(tx: Tx, activityId: string, previousId: string): Promise<PlannedInstance[]> {
  const earlier = await tx.selectFrom('evaluation_instances')
    .select(['id', 'form_id', 'timing', 'offset_days', 'anonymous', 'open_days', 'reminder_days'])
    .where('activity_id', '=', previousId).where('target', '=', 'activity').orderBy('created_at').execute()
  if (!earlier.length) return []
  const [mine, versions] = await Promise.all([
    tx.selectFrom('evaluation_instances').select(['form_id', 'timing', 'offset_days']).where('activity_id', '=', activityId).execute(),
    tx.selectFrom('evaluation_form_versions').select(['id', 'form_id', 'version']).where('state', '=', 'published')
      .where('form_id', 'in', [...new Set(earlier.map(e => e.form_id))]).orderBy('version', 'desc').execute(),
  ])
  const seen = new Set<string>()
  return earlier.flatMap((e) => {
    // One per form, timing and offset (an earlier run evaluated twice the same way is re-evaluated once).
    const key = `${e.form_id}|${e.timing}|${e.offset_days}`
    if (seen.has(key)) return []
    seen.add(key)
    return [{
      from: { ...e, timing: e.timing as EvaluationTiming },
      versionId: versions.find(v => v.form_id === e.form_id)?.id ?? null,
      attached: mine.some(m => m.form_id === e.form_id && m.timing === e.timing && m.offset_days === e.offset_days),
    }]
  })
}

/**
 * "Re-evaluate": the next run gets each evaluation the earlier run had — the latest published version of the same form,
 * at the same timing (before, right after, N days after), anonymous or not as before, its window computed from the new
 * run's sessions. What it has already is left alone; a form whose versions the reader cannot read is counted as skipped.
 */
export async function reEvaluate(tx: Tx, actor: Actor, activityId: string) {
  const activity = await tx.selectFrom('activities').select(['id', 'previous_run_id', 'state']).where('id', '=', activityId).executeTakeFirst()
  if (!activity) fail(404, 'errors.notFound')
  await mustManageActivity(tx, activityId)
  if (!activity.previous_run_id) fail(409, 'evaluation.loop.errors.noPreviousRun')
  if (activity.state === 'cancelled') fail(409, 'evaluation.loop.errors.cancelled')
  const plan = await reEvaluationPlan(tx, activityId, activity.previous_run_id)
  const todo = plan.filter(p => !p.attached)
  const attached = []
  for (const p of todo.filter(x => x.versionId)) {
    attached.push(await tx.insertInto('evaluation_instances').values({
      form_id: p.from.form_id, version_id: p.versionId!, target: 'activity', activity_id: activityId, timing: p.from.timing,
      offset_days: p.from.offset_days, anonymous: p.from.anonymous, open_days: p.from.open_days, reminder_days: p.from.reminder_days,
      created_by: actor.id,
    }).returning(INSTANCE_COLUMNS).executeTakeFirstOrThrow())
  }
  return { attached, skipped: todo.length - attached.length }
}

// ---------------------------------------------------------------- before / after
export interface RunFigures { n: number; mean: number | null; topTwoBox: number | null; nps: number | null }
export interface ComparedQuestion {
  id: string
  type: QuestionSummary['type']
  text: LocalizedText
  current: RunFigures | null
  previous: RunFigures | null
  /** This run's figure minus the earlier one's, where both exist. */
  change: { mean: number | null; topTwoBox: number | null; nps: number | null }
}
interface RunSide {
  instanceId: string
  activityId: string
  title: LocalizedText
  firstStartsAt: Date | null
  invited: number
  submitted: number
  /** An anonymous instance under k responses shows no figures. */
  withheld: boolean
}

const COMPARED_TYPES: readonly QuestionSummary['type'][] = ['likert', 'rating', 'nps', 'knowledge', 'number']

function figuresOf(s: QuestionSummary | undefined): RunFigures | null {
  if (!s || !s.figures || s.n === 0) return null
  return { n: s.n, mean: s.figures.mean, topTwoBox: s.topTwoBox?.share ?? null, nps: s.nps?.score ?? null }
}

/** One run's figures per question: counts and figures from the database, nothing for an anonymous run below k. */
async function runFigures(tx: Tx, instance: ResultsInstance) {
  const [rates, data] = await Promise.all([responseRates(tx, [instance.id]), aggregate(tx, [instance.id], null)])
  const total = data.groups[0]?.count ?? 0
  const withheld = instance.anonymous && total < K_ANONYMITY
  return { rate: rates[0]!, withheld, questions: withheld ? [] : summarise(instance.definition, data, 'all') }
}

async function runSide(tx: Tx, instance: ResultsInstance, figures: Awaited<ReturnType<typeof runFigures>>): Promise<RunSide> {
  const activity = await tx.selectFrom('activities').select(['id', 'title',
    eb => eb.selectFrom('activity_sessions as s').whereRef('s.activity_id', '=', 'activities.id').where('s.cancelled_at', 'is', null)
      .select(sql<Date | null>`min(s.starts_at)`.as('x')).as('first_starts_at')])
    .where('id', '=', instance.activityId!).executeTakeFirstOrThrow()
  return {
    instanceId: instance.id, activityId: activity.id, title: activity.title as LocalizedText, firstStartsAt: activity.first_starts_at ?? null,
    invited: figures.rate.invited, submitted: figures.rate.submitted, withheld: figures.withheld,
  }
}

/**
 * An evaluation beside the same form at the same timing in the run its activity repeats: per question the response
 * count, mean, top-2-box and NPS of both runs and the change, and the earlier run's findings and actions. `previous`
 * is null when there is no earlier run, it had no such evaluation, or the reader does not manage it.
 */
export async function compareWithPreviousRun(tx: Tx, instanceId: string) {
  const [current] = await resultsInstances(tx, { instanceId })
  const none = { current: null, previous: null, questions: [] as ComparedQuestion[], findings: [] as LoopFinding[], k: K_ANONYMITY }
  if (!current!.activityId || !current!.timing) return none
  const activity = await tx.selectFrom('activities').select('previous_run_id').where('id', '=', current!.activityId).executeTakeFirst()
  if (!activity?.previous_run_id) return none
  const { rows } = await sql<{ id: string }>`
    select i.id from public.evaluation_instances i
    where i.activity_id = ${activity.previous_run_id}::uuid and i.form_id = ${current!.formId}::uuid
      and i.timing = ${current!.timing}::public.evaluation_timing and private.can_manage_evaluation_instance(i.id)
    order by (i.offset_days = (select c.offset_days from public.evaluation_instances c where c.id = ${instanceId}::uuid)) desc, i.created_at desc
    limit 1`.execute(tx)
  if (!rows[0]) return none
  const [previous] = await resultsInstances(tx, { instanceId: rows[0].id })
  const [now, before, findings] = await Promise.all([
    runFigures(tx, current!), runFigures(tx, previous!), findingsOfActivities(tx, [previous!.activityId!]),
  ])
  const questions = compareQuestions(current!.definition, previous!.definition, now.questions, before.questions)
  return {
    current: await runSide(tx, current!, now),
    previous: await runSide(tx, previous!, before),
    questions, findings, k: K_ANONYMITY,
  }
}

/** The questions of this run's form with figures (scales, NPS, knowledge scores, numbers) beside the earlier run's. */
export function compareQuestions(form: FormDefinition, earlierForm: FormDefinition, now: QuestionSummary[], before: QuestionSummary[]): ComparedQuestion[] {
  const earlierIds = new Set(allQuestions(earlierForm).map(q => q.id))
  const diff = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? null : a - b)
  return allQuestions(form).filter(q => COMPARED_TYPES.includes(q.type)).map((q) => {
    const current = figuresOf(now.find(s => s.id === q.id))
    const previous = earlierIds.has(q.id) ? figuresOf(before.find(s => s.id === q.id)) : null
    return {
      id: q.id, type: q.type, text: q.text as LocalizedText, current, previous,
      change: { mean: diff(current?.mean, previous?.mean), topTwoBox: diff(current?.topTwoBox, previous?.topTwoBox), nps: diff(current?.nps, previous?.nps) },
    }
  })
}
