import { sql } from 'kysely'
import type { Tx } from '../../../db/as-user'

import type { Breakdown } from '../../../../shared/schemas/evaluation-analytics'

export type { Breakdown }
/** Breakdowns that need to know who answered: never for anonymous instances. */
export const PERSON_BREAKDOWNS: readonly Breakdown[] = ['institution', 'country', 'role']

export interface CountRow { group: string; question: string; row: string | null; option: string | null; value: number | null; count: number }
export interface NumberRow {
  group: string
  question: string
  row: string | null
  n: number
  mean: number
  sd: number | null
  median: number
  min: number
  max: number
}
export interface DateRow { group: string; question: string; n: number; first: string; last: string }
export interface Aggregate {
  /** Submitted responses per group ('all' without a breakdown; 'others' for institutions the reader may not see). */
  groups: { group: string; count: number }[]
  counts: CountRow[]
  numbers: NumberRow[]
  dates: DateRow[]
}

/** One pass of the database over the instances' submitted answers (private.evaluation_aggregate). */
export async function aggregate(tx: Tx, instanceIds: string[], by: Breakdown | null): Promise<Aggregate> {
  const { rows } = await sql<{ result: Aggregate }>`
    select private.evaluation_aggregate(${instanceIds}::uuid[], ${by}::text) as result`.execute(tx)
  return rows[0]!.result
}

export interface ResponseRate { instanceId: string; invited: number; started: number; submitted: number; rate: number | null }

export async function responseRates(tx: Tx, instanceIds: string[]): Promise<ResponseRate[]> {
  const { rows } = await sql<{ instance_id: string; invited: number; started: number; submitted: number }>`
    select * from private.evaluation_response_rates(${instanceIds}::uuid[])`.execute(tx)
  return rows.map(r => ({
    instanceId: r.instance_id, invited: r.invited, started: r.started, submitted: r.submitted, rate: r.invited ? r.submitted / r.invited : null,
  }))
}

export interface FreeText { instanceId: string; question: string; option: string | null; text: string; locale: string }

/** Free texts and "other" answers, each with the language it was written in (the response's locale); no person. */
export async function freeTexts(tx: Tx, instanceIds: string[], questions: string[], perQuestion = 200): Promise<FreeText[]> {
  if (!questions.length) return []
  const { rows } = await sql<{ instance_id: string; question_id: string; option_id: string | null; text_value: string; locale: string }>`
    select * from private.evaluation_free_texts(${instanceIds}::uuid[], ${questions}::text[], ${perQuestion}::int)`.execute(tx)
  return rows.map(r => ({ instanceId: r.instance_id, question: r.question_id, option: r.option_id, text: r.text_value, locale: r.locale }))
}
