import type { Actor, Tx } from '../../db/as-user'
import { elevated } from '../../db/as-user'
import { documentRequest, localeText, type AgreementColumn } from '../../documents/templates'
import { translate } from '../../i18n/messages'
import { LOCALE_CODES, type LocaleCode } from '../../../shared/locales'
import { resolveLocalizedText } from '../../../shared/localized-text'
import { fail } from '../../utils/errors'
import { findLearningAgreement } from '../learning-agreements/learning-agreements'
import { getRecognition } from './recognition'

/**
 * The recognition document of a learning agreement in two languages side by side (the agreement template: a label and
 * a value per row): the student's language and English (Chinese when the student reads English), one row per home
 * line with its outcome, credits and grade or the justification, the totals last. Issued transcripts only (409 before).
 */
export async function recognitionDocument(tx: Tx, actor: Actor, laId: string, second?: 'en' | 'zh') {
  const la = await findLearningAgreement(tx, laId)
  const view = await getRecognition(tx, actor, laId)
  if (view.transcript?.state !== 'issued') fail(409, 'recognition.errors.notIssued')
  const profile = await elevated(tx, 'recognition document: the student\'s language', svc => svc.selectFrom('profiles')
    .select(['display_name', 'preferred_locale']).where('id', '=', la.student_id).executeTakeFirst())
  const first = (LOCALE_CODES as readonly string[]).includes(profile?.preferred_locale ?? '') ? profile!.preferred_locale as LocaleCode : 'en'
  const other: LocaleCode = second ?? (first === 'en' ? 'zh' : 'en')
  const number = (locale: string, n: number | null) => (n === null ? '–' : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n))
  const column = (locale: LocaleCode): AgreementColumn => {
    const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, `recognition.${key}`, params)
    const rows = view.home.map((h) => {
      const d = h.decision
      let value = t('states.pending')
      if (d && d.outcome) {
        const parts = [t(`states.${d.state}`), t(`outcomes.${d.outcome}`)]
        if (d.credits !== null) parts.push(t('creditsAfter', { credits: number(locale, d.credits) }))
        if (d.grade) parts.push(t('convertedGrade', { grade: d.grade.value }))
        else if (d.gradeNote) parts.push(t(`gradeNote.${d.gradeNote}`))
        if (d.justification) parts.push(`${t('justification')}: ${resolveLocalizedText(d.justification, locale).text}`)
        value = parts.join(' · ')
      }
      return { label: `${h.code} · ${resolveLocalizedText(h.title, locale).text}`, value }
    })
    rows.push({ label: t('totals.recognized'), value: number(locale, view.totals.recognized) },
      { label: t('totals.refused'), value: number(locale, view.totals.refused) }, { label: t('totals.pending'), value: number(locale, view.totals.pending) })
    return { ...localeText(locale), title: t('title'), subtitle: profile?.display_name ?? '', rows }
  }
  const document = documentRequest('agreement', {
    title: translate(first, 'recognition.title'), footer: `${laId.slice(0, 8)} · ${new Date().toISOString().slice(0, 10)}`,
    columns: [column(first), column(other)],
  })
  return { document, filename: `recognition-${laId.slice(0, 8)}.pdf` }
}
