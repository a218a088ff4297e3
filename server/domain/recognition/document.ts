import type { Actor, Tx } from '../../db/as-user'
import { documentRequest, localeText, type AgreementColumn } from '../../documents/templates'
import { translate } from '../../i18n/messages'
import { documentNumber } from '../../i18n/names'
import { explainTrail, type TrailStep } from '../../../shared/credits/conversion'
import type { LocaleCode } from '../../../shared/locales'
import { resolveLocalizedText } from '../../../shared/localized-text'
import { fail } from '../../utils/errors'
import { studentLanguages } from '../learning-agreements/document'
import { findLearningAgreement } from '../learning-agreements/learning-agreements'
import { getRecognition } from './recognition'

type Recognition = Awaited<ReturnType<typeof getRecognition>>
type HomeLine = Recognition['home'][number]

/**
 * How a recognized line was reached, in one language: the credit conversion trail step by step (explainTrail, as the
 * panel shows it) and the grade conversion from the host courses' grades to the home grade.
 */
function conversionLines(view: Recognition, h: HomeLine, locale: LocaleCode): string[] {
  const d = h.decision
  if (!d?.conversion) return []
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params)
  const steps = explainTrail((d.conversion.trail ?? []) as TrailStep[], t, locale)
  const lines = [`${t('recognition.creditTrail')}:`, ...steps.map((step, i) => `${i + 1}. ${step}`)]
  if (d.grade) {
    const from = view.host.filter(x => h.hostComponentIds.includes(x.id) && x.result?.status === 'passed' && x.result.grade)
      .map(x => `${x.code} ${x.result!.grade!.value}`).join(', ')
    lines.push(t('recognition.gradeTrail', { from: from || '–', to: d.grade.value }))
  }
  return lines
}

/**
 * The recognition document of a learning agreement in two languages side by side (the agreement template: a label and
 * a value per row): the student's language and English (Chinese when the student reads English), one row per home
 * line with its outcome, credits and grade or the justification, and for a recognized line the conversion trail;
 * the totals last. Issued transcripts only (409 before).
 */
export async function recognitionDocument(tx: Tx, actor: Actor, laId: string, second?: 'en' | 'zh') {
  const la = await findLearningAgreement(tx, laId)
  const view = await getRecognition(tx, actor, laId)
  if (view.transcript?.state !== 'issued') fail(409, 'recognition.errors.notIssued')
  const { name, first, other } = await studentLanguages(tx, la.student_id, second)
  const column = (locale: LocaleCode): AgreementColumn => {
    const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, `recognition.${key}`, params)
    const rows = view.home.map((h) => {
      const d = h.decision
      let value = t('states.pending')
      if (d && d.outcome) {
        const parts = [t(`states.${d.state}`), t(`outcomes.${d.outcome}`)]
        if (d.credits !== null) parts.push(t('creditsAfter', { credits: documentNumber(locale, d.credits) }))
        if (d.grade) parts.push(t('convertedGrade', { grade: d.grade.value }))
        else if (d.gradeNote) parts.push(t(`gradeNote.${d.gradeNote}`))
        if (d.justification) parts.push(`${t('justification')}: ${resolveLocalizedText(d.justification, locale).text}`)
        value = [parts.join(' · '), ...conversionLines(view, h, locale)].join('\n')
      }
      return { label: `${h.code} · ${resolveLocalizedText(h.title, locale).text}`, value }
    })
    rows.push({ label: t('totals.recognized'), value: documentNumber(locale, view.totals.recognized) },
      { label: t('totals.refused'), value: documentNumber(locale, view.totals.refused) }, { label: t('totals.pending'), value: documentNumber(locale, view.totals.pending) })
    return { ...localeText(locale), title: t('title'), subtitle: name, rows }
  }
  const document = documentRequest('agreement', {
    title: translate(first, 'recognition.title'), footer: `${laId.slice(0, 8)} · ${new Date().toISOString().slice(0, 10)}`,
    columns: [column(first), column(other)],
  })
  return { document, filename: `recognition-${laId.slice(0, 8)}.pdf` }
}
