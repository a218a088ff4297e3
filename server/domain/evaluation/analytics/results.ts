import type { Tx } from '../../../db/as-user'
import { fail } from '../../../utils/errors'
import { allQuestions } from '../../../../shared/evaluation/form-definition'
import { K_ANONYMITY, suppressSmallGroups } from '../../../../shared/evaluation/statistics'
import { aggregate, freeTexts, PERSON_BREAKDOWNS, responseRates, type Breakdown, type FreeText, type ResponseRate } from './aggregate'
import { resultsInstances, type ResultsInstance } from './access'
import { summarise, type QuestionSummary } from './questions'

export interface GroupResults { group: string; count: number; questions: QuestionSummary[] }

export interface Results {
  instances: { id: string; formId: string; activityId: string | null; timing: string | null; anonymous: boolean; versionId: string; version: number }[]
  responseRate: ResponseRate & { byInstance: ResponseRate[] }
  /** All submitted responses together; withheld (null) for an anonymous instance below k responses. */
  overall: GroupResults | null
  /** Free texts in the language each was written in; withheld with the overall figures. */
  texts: FreeText[]
  breakdown: null | {
    by: Breakdown
    k: number
    shown: GroupResults[]
    /** Groups hidden for having fewer than k responses (and the one hidden so a small group cannot be worked out). */
    hidden: string[]
  }
  k: number
}

function rateOf(rates: ResponseRate[]): ResponseRate & { byInstance: ResponseRate[] } {
  const invited = rates.reduce((s, r) => s + r.invited, 0)
  const submitted = rates.reduce((s, r) => s + r.submitted, 0)
  return { instanceId: rates.length === 1 ? rates[0]!.instanceId : '', invited, started: rates.reduce((s, r) => s + r.started, 0), submitted,
    rate: invited ? submitted / invited : null, byInstance: rates }
}

async function resultsOf(tx: Tx, instances: ResultsInstance[], by: Breakdown | null): Promise<Results> {
  const anonymous = instances.some(i => i.anonymous)
  if (by && anonymous && PERSON_BREAKDOWNS.includes(by)) fail(400, 'evaluation.analytics.errors.anonymousBreakdown', { by })
  const ids = instances.map(i => i.id)
  // Questions are read from the newest version; answers of earlier versions count where their question ids still exist.
  const form = instances[instances.length - 1]!.definition
  const rates = await responseRates(tx, ids)
  const all = await aggregate(tx, ids, null)
  const total = all.groups[0]?.count ?? 0
  const withheld = anonymous && total < K_ANONYMITY
  const textQuestions = allQuestions(form)
    .filter(q => q.type === 'text' || ((q.type === 'single' || q.type === 'multiple') && q.other)).map(q => q.id)
  const texts = withheld ? [] : await freeTexts(tx, ids, textQuestions)
  const overall = withheld ? null : { group: 'all', count: total, questions: summarise(form, all, 'all') }
  let breakdown: Results['breakdown'] = null
  if (by) {
    const data = await aggregate(tx, ids, by)
    const split = suppressSmallGroups(data.groups)
    breakdown = {
      by, k: split.k,
      shown: split.shown.map(g => ({ group: g.group, count: g.count, questions: summarise(form, data, g.group) })),
      hidden: split.hidden.map(g => g.group),
    }
  }
  return {
    instances: instances.map(({ definition: _definition, ...rest }) => rest),
    responseRate: rateOf(rates), overall, texts, breakdown, k: K_ANONYMITY,
  }
}

/** An instance's results for its managers, optionally broken down (groups below k hidden). */
export async function instanceResults(tx: Tx, instanceId: string, by: Breakdown | null = null): Promise<Results> {
  return resultsOf(tx, await resultsInstances(tx, { instanceId }), by)
}

/** An activity's results over all its instances of one form (the form of its latest instance unless one is named). */
export async function activityResults(tx: Tx, activityId: string, by: Breakdown | null = null, form: string | null = null): Promise<Results> {
  const instances = await resultsInstances(tx, { activityId })
  const formId = form ?? instances[instances.length - 1]!.formId
  const ofForm = instances.filter(i => i.formId === formId)
  if (!ofForm.length) fail(404, 'evaluation.analytics.errors.formNotUsed')
  return resultsOf(tx, ofForm, by)
}

/**
 * Comparison across runs: every instance of a form that the reader manages (each run of an activity reuses its form;
 * the schema has no series linking runs across plans), broken down by activity, each run a group (runs below k hidden).
 */
export async function formRuns(tx: Tx, formId: string): Promise<Results> {
  return resultsOf(tx, await resultsInstances(tx, { formId }), 'activity')
}
