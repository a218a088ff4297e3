import type { Tx } from '../../db/as-user'
import { flattenAnswers, type AnswerRow, type Answers } from '../../../shared/evaluation/answers'
import { allQuestions, OTHER_OPTION_ID, type FormDefinition } from '../../../shared/evaluation/form-definition'

interface StoredRow {
  question_id: string
  row_id: string | null
  option_id: string | null
  number_value: number | null
  text_value: string | null
  date_value: string | null
}

/** Stored rows back into the answers the renderer holds: the inverse of flattenAnswers (score rows are skipped). */
export function rowsToAnswers(form: FormDefinition, rows: StoredRow[]): Answers {
  const answers: Answers = {}
  const byQuestion = new Map<string, StoredRow[]>()
  for (const row of rows) byQuestion.set(row.question_id, [...byQuestion.get(row.question_id) ?? [], row])
  for (const question of allQuestions(form)) {
    const mine = byQuestion.get(question.id)
    if (!mine?.length) continue
    const first = mine[0]!
    switch (question.type) {
      case 'likert': case 'rating': case 'nps': case 'number':
        if (first.number_value !== null) answers[question.id] = Number(first.number_value)
        break
      case 'date':
        if (first.date_value) answers[question.id] = first.date_value
        break
      case 'text':
        if (first.text_value !== null) answers[question.id] = first.text_value
        break
      case 'single':
        answers[question.id] = first.option_id === OTHER_OPTION_ID ? { other: first.text_value ?? '' } : { option: first.option_id }
        break
      case 'multiple': {
        const other = mine.find(r => r.option_id === OTHER_OPTION_ID)
        answers[question.id] = {
          options: mine.filter(r => r.option_id && r.option_id !== OTHER_OPTION_ID).map(r => r.option_id!),
          ...(other ? { other: other.text_value ?? '' } : {}),
        }
        break
      }
      case 'matrix':
        answers[question.id] = Object.fromEntries(mine.filter(r => r.row_id && r.number_value !== null).map(r => [r.row_id!, Number(r.number_value)]))
        break
      case 'knowledge':
        answers[question.id] = { options: mine.filter(r => r.option_id).map(r => r.option_id!) }
        break
    }
  }
  return answers
}

export async function readAnswers(tx: Tx, form: FormDefinition, responseId: string): Promise<Answers> {
  const rows = await tx.selectFrom('evaluation_answers').select(['question_id', 'row_id', 'option_id', 'number_value', 'text_value', 'date_value'])
    .where('response_id', '=', responseId).orderBy('id').execute()
  return rowsToAnswers(form, rows)
}

/** Replaces a response's stored answers with these (validated) ones, one row per scalar. */
export async function writeAnswers(tx: Tx, form: FormDefinition, responseId: string, answers: Answers): Promise<AnswerRow[]> {
  const rows = flattenAnswers(form, answers)
  await tx.deleteFrom('evaluation_answers').where('response_id', '=', responseId).execute()
  if (rows.length) {
    await tx.insertInto('evaluation_answers').values(rows.map(r => ({
      response_id: responseId, question_id: r.questionId, row_id: r.rowId, option_id: r.optionId,
      number_value: r.numberValue, text_value: r.textValue, date_value: r.dateValue,
    }))).execute()
  }
  return rows
}
