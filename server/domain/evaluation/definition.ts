import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import { parseFormDefinition, type FormDefinition } from '../../../shared/evaluation/form-definition'
import type { AnswerIssue } from '../../../shared/evaluation/answers'

/** A definition sent by a person: parsed, or 422 naming each mistake at its path under `definition`. */
export function definitionOr422(json: unknown): FormDefinition {
  const parsed = parseFormDefinition(json)
  if (parsed.ok) return parsed.form
  const issues = parsed.issues.map(issue => ({ path: issue.path ? `definition.${issue.path}` : 'definition', code: issue.code }))
  fail(422, 'evaluation.errors.invalidDefinition', { field: issues[0]?.path ?? 'definition' }, { issues })
}

/** A stored version's definition (it was parsed when written; a version that no longer parses is the server's fault). */
export function storedDefinition(json: unknown): FormDefinition {
  const parsed = parseFormDefinition(json)
  if (!parsed.ok) throw new Error(`a stored evaluation form no longer parses: ${parsed.issues[0]?.path} ${parsed.issues[0]?.code}`)
  return parsed.form
}

/** Answers refused by validateAnswers: 422 with each question's issue at answers.<question>. */
export function answersRefused(issues: AnswerIssue[]): never {
  const fieldIssues = issues.map(issue => ({ path: issue.question ? `answers.${issue.question}` : 'answers', code: issue.code, ...issue.params }))
  fail(422, 'evaluation.errors.invalidAnswers', { field: fieldIssues[0]?.path ?? 'answers' }, { issues: fieldIssues })
}

/** Whether the instance takes answers now (private.evaluation_window), by the database's clock. */
export async function isOpen(tx: Tx, instanceId: string): Promise<boolean> {
  const { rows } = await sql<{ open: boolean }>`select private.is_evaluation_open(${instanceId}::uuid) as open`.execute(tx)
  return rows[0]?.open === true
}
