import { sql } from 'kysely'
import type { Tx } from '../../../db/as-user'
import { analysePairs, effectWording, type PairedAnalysis, type StatisticsWording } from '../../../../shared/evaluation/statistics'
import { resultsInstances } from './access'

export interface KnowledgePair { pre: number; post: number }

export interface Effect {
  /** 'points' when every test had the same maximum, else each score as a percentage of its test's maximum. */
  scale: 'points' | 'percent'
  /** The paired scores, sorted; no person (the pairing is done in the database and stays there). */
  pairs: KnowledgePair[]
  analysis: PairedAnalysis
  wording: StatisticsWording
}

/**
 * Level 2: each participant's knowledge score before and after the activity (named instances only), paired in the
 * database by person, and analysed (paired t-test, Wilcoxon signed-rank, d_z and Hedges' g with 95 % CIs).
 */
export async function activityEffect(tx: Tx, activityId: string): Promise<Effect> {
  await resultsInstances(tx, { activityId })
  const { rows } = await sql<{ pre_score: number; pre_max: number; post_score: number; post_max: number }>`
    select * from private.evaluation_knowledge_pairs(${activityId}::uuid)`.execute(tx)
  const sameMax = rows.every(r => r.pre_max === rows[0]!.pre_max && r.post_max === rows[0]!.pre_max)
  const pairs = rows.map(r => sameMax
    ? { pre: r.pre_score, post: r.post_score }
    : { pre: 100 * r.pre_score / r.pre_max, post: 100 * r.post_score / r.post_max })
  const analysis = analysePairs(pairs)
  const g = analysis.effectSize.available ? analysis.effectSize.hedgesG : null
  return { scale: sameMax ? 'points' : 'percent', pairs, analysis, wording: effectWording(g, analysis.n) }
}
