import { sql } from 'kysely'
import ExcelJS from 'exceljs'
import type { Tx } from '../../../db/as-user'
import { translated } from '../../../utils/errors'
import { allQuestions, type FormDefinition } from '../../../../shared/evaluation/form-definition'
import { resolveLocalizedText } from '../../../../shared/localized-text'
import type { LocaleCode } from '../../../../shared/locales'
import { resultsInstances } from './access'
import { instanceResults } from './results'
import { csvDocument } from './csv'

interface RawRow {
  instance_id: string
  version: number
  response_no: string
  person_id: string | null
  person_name: string | null
  locale: string
  submitted_at: Date
  question_id: string
  row_id: string | null
  option_id: string | null
  number_value: number | null
  text_value: string | null
  date_value: Date | string | null
}

const dateOnly = (value: Date | string | null) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)

/**
 * An instance's raw answers, one line per stored answer row, for its managers. A named instance's lines say who
 * answered; an anonymous one's carry only a response number (1, 2, … in submission order) and no person column.
 */
export async function answersCsv(tx: Tx, instanceId: string): Promise<string> {
  const [instance] = await resultsInstances(tx, { instanceId })
  const { rows } = await sql<RawRow>`select * from private.evaluation_raw_answers(${[instanceId]}::uuid[])`.execute(tx)
  const t = (key: string) => translated(`evaluation.analytics.columns.${key}`)
  const person = !instance!.anonymous
  const header = ['response', ...(person ? ['personId', 'person'] : []), 'version', 'locale', 'submittedAt', 'question', 'row', 'option', 'number', 'text', 'date'].map(t)
  const lines = rows.map(r => [
    Number(r.response_no), ...(person ? [r.person_id, r.person_name] : []), r.version, r.locale, r.submitted_at,
    r.question_id, r.row_id, r.option_id, r.number_value, r.text_value, dateOnly(r.date_value),
  ])
  return csvDocument(header, lines)
}

const label = (form: FormDefinition, locale: LocaleCode, questionId: string) =>
  resolveLocalizedText(allQuestions(form).find(q => q.id === questionId)?.text, locale).text

/** The summary (one line per question, option and point) and the free texts, as a workbook in the reader's language. */
export async function resultsXlsx(tx: Tx, instanceId: string, locale: LocaleCode): Promise<Buffer> {
  const [instance] = await resultsInstances(tx, { instanceId })
  const form = instance!.definition
  const results = await instanceResults(tx, instanceId)
  const t = (key: string) => translated(`evaluation.analytics.columns.${key}`)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'China–ASEAN exchange portal'
  const summary = workbook.addWorksheet(t('summarySheet').slice(0, 31))
  summary.columns = [
    { header: t('question'), key: 'question', width: 40 }, { header: t('row'), key: 'row', width: 20 },
    { header: t('option'), key: 'option', width: 24 }, { header: t('count'), key: 'count', width: 10 },
    { header: t('share'), key: 'share', width: 10, style: { numFmt: '0.0%' } }, { header: t('n'), key: 'n', width: 8 },
    { header: t('mean'), key: 'mean', width: 10 }, { header: t('median'), key: 'median', width: 10 }, { header: t('sd'), key: 'sd', width: 10 },
    { header: t('topTwoBox'), key: 'top2', width: 12, style: { numFmt: '0.0%' } }, { header: t('nps'), key: 'nps', width: 8 },
  ]
  summary.getRow(1).font = { bold: true }
  summary.views = [{ state: 'frozen', ySplit: 1 }]
  const rate = results.responseRate
  summary.addRow({ question: t('responseRate'), count: rate.submitted, n: rate.invited, share: rate.rate })
  const questions = allQuestions(form)
  for (const q of results.overall?.questions ?? []) {
    const question = questions.find(x => x.id === q.id)!
    const text = label(form, locale, q.id)
    const optionLabel = (id: string) => ('options' in question
      ? resolveLocalizedText(question.options.find(o => o.id === id)?.label, locale).text || id
      : id)
    summary.addRow({ question: text, n: q.n, mean: q.figures?.mean ?? null, median: q.figures?.median ?? null, sd: q.figures?.sd ?? null,
      top2: q.topTwoBox?.share ?? null, nps: q.nps?.score ?? null })
    for (const bar of q.distribution ?? []) summary.addRow({ question: text, option: bar.value, count: bar.count, share: bar.share })
    for (const option of q.options ?? []) summary.addRow({ question: text, option: optionLabel(option.option), count: option.count, share: option.share })
    for (const row of q.matrix ?? []) {
      const rowLabel = question.type === 'matrix' ? resolveLocalizedText(question.rows.find(r => r.id === row.row)?.label, locale).text : row.row
      row.counts.forEach((count, i) => summary.addRow({ question: text, row: rowLabel, option: i + 1, count, n: row.figures.n,
        mean: row.figures.mean, median: row.figures.median, sd: row.figures.sd }))
    }
  }
  const texts = workbook.addWorksheet(t('textsSheet').slice(0, 31))
  texts.columns = [{ header: t('question'), key: 'question', width: 40 }, { header: t('locale'), key: 'locale', width: 8 },
    { header: t('text'), key: 'text', width: 80 }]
  texts.getRow(1).font = { bold: true }
  // A text is data, not a formula: the same guard as the CSV (exceljs writes a string cell, this keeps it obvious).
  for (const item of results.texts) texts.addRow({ question: label(form, locale, item.question), locale: item.locale, text: csvSafe(item.text) })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const csvSafe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)
