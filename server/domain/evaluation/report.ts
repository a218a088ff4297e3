import type { Tx } from '../../db/as-user'
import { translate } from '../../i18n/messages'
import { documentDate, languageNameIn } from '../../i18n/names'
import {
  documentRequest, localeText, type DocumentRequest, type DocumentTemplates, type EvaluationReportBlock, type EvaluationReportSection, type ReportRow,
} from '../../documents/templates'
import { chartNumbers, prePostChart } from '../../../shared/evaluation/charts'
import { allQuestions, type Question } from '../../../shared/evaluation/form-definition'
import { chartHeight, meanInterval, questionChart, underHeading } from '../../../shared/evaluation/results-view'
import { pWording, type StatisticsWording } from '../../../shared/evaluation/statistics'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { localeEntry, type LocaleCode } from '../../../shared/locales'
import { resultsInstances } from './analytics/access'
import { instanceResults } from './analytics/results'
import { activityEffect, type Effect } from './analytics/effect'
import { renderChartSvg } from './chart-svg'
import { listFindings } from './findings'

/** Written answers quoted per question; the rest are counted (the XLSX summary has them all). */
export const QUOTES_PER_QUESTION = 12
/** Width in px the charts are drawn at; the page scales them to its column. */
const CHART_WIDTH = 620

type Side = 0 | 1
type Pair<T> = [T, T]

/** A text in a language; a fallback is marked with its language, so nobody takes it for a translation. */
function textIn(value: LocalizedText | Record<string, string | undefined> | null | undefined, locale: LocaleCode): string {
  const resolved = resolveLocalizedText(value as LocalizedText | undefined, locale)
  return resolved.isFallback && resolved.locale ? `[${resolved.locale}] ${resolved.text}` : resolved.text
}

/** The data of the report, and the effect and findings behind it, for a test to read. */
export interface EvaluationReportData {
  document: DocumentRequest<'evaluation-report'>
  filename: string
}

/**
 * An evaluation's report in two languages, read through the reader's transaction with the results page's rules:
 * managers only (404 for an instance the reader cannot see, 403 for one they see without managing it), and an
 * anonymous instance below k answers shows no figures or texts. Charts are drawn once, labelled in the first language.
 */
export async function evaluationReport(tx: Tx, instanceId: string, left: LocaleCode, right: LocaleCode): Promise<EvaluationReportData> {
  const [instance] = await resultsInstances(tx, { instanceId })
  const form = instance!.definition
  const results = await instanceResults(tx, instanceId)
  const extra = await tx.selectFrom('evaluation_instances').select(['offset_days']).where('id', '=', instanceId).executeTakeFirstOrThrow()
  const activity = instance!.activityId
    ? await tx.selectFrom('activities').select(['title']).where('id', '=', instance!.activityId).executeTakeFirst()
    : undefined
  const effect = instance!.activityId ? await effectOrNone(tx, instance!.activityId) : null
  const findings = await listFindings(tx, { instanceId })
  const ownerIds = [...new Set(findings.flatMap(f => f.actions.map(a => a.owner_id)))]
  const owners = new Map(ownerIds.length
    ? (await tx.selectFrom('profiles').select(['id', 'display_name']).where('id', 'in', ownerIds).execute()).map(p => [p.id, p.display_name])
    : [])

  const both = <T>(make: (locale: LocaleCode, side: Side) => T): Pair<T> => [make(left, 0), make(right, 1)]
  const t = (locale: LocaleCode, key: string, params: Record<string, unknown> = {}) => translate(locale, key, params as Record<string, string | number>)
  const num = (locale: LocaleCode) => chartNumbers(locale)
  const dec = (locale: LocaleCode, v: number | null | undefined) => (v == null || !Number.isFinite(v) ? '–' : num(locale).decimal(v))
  const say = (locale: LocaleCode, w: StatisticsWording) => t(locale, w.key, Object.fromEntries(Object.entries(w.params)
    .map(([k, v]) => [k, typeof v === 'number' ? num(locale).count(v) : v])))

  const timing = (locale: LocaleCode) => {
    if (!instance!.timing) return '–'
    if (instance!.timing === 'before') return t(locale, 'evaluation.respond.section.before')
    if (instance!.timing === 'follow_up') return t(locale, 'evaluation.respond.section.followUp', { count: num(locale).count(extra.offset_days) })
    return t(locale, 'evaluation.respond.section.after')
  }
  const rate = results.responseRate
  const facts = both((locale): ReportRow[] => [
    { label: t(locale, 'evaluation.results.activity'), value: activity ? textIn(activity.title, locale) : t(locale, 'evaluation.report.noActivity') },
    { label: t(locale, 'evaluation.results.timing'), value: timing(locale) },
    {
      label: t(locale, 'evaluation.results.privacy'),
      value: instance!.anonymous ? t(locale, 'evaluation.results.anonymous', { k: num(locale).count(results.k) }) : t(locale, 'evaluation.results.named'),
    },
    {
      label: t(locale, 'evaluation.report.responseRate'),
      value: t(locale, 'evaluation.results.rate', { submitted: num(locale).count(rate.submitted), invited: num(locale).count(rate.invited) })
        + (rate.rate == null ? '' : ` (${num(locale).percent(rate.rate)})`),
    },
  ])

  const sections: EvaluationReportSection[] = [questionsSection()]
  if (effect) sections.push(effectSection(effect))
  sections.push(findingsSection())

  function questionsSection(): EvaluationReportSection {
    const heading = both(locale => t(locale, 'evaluation.results.questions'))
    if (!results.overall) {
      const withheld = both(locale => t(locale, rate.submitted ? 'evaluation.results.withheld' : 'evaluation.results.empty', { k: num(locale).count(results.k) }))
      return { heading, blocks: [], empty: withheld }
    }
    const chartContext = { locale: left, t: (key: string, params?: Record<string, unknown>) => t(left, key, params) }
    const tall = Boolean(localeEntry(left)?.tallLines)
    const blocks = allQuestions(form).map((question): EvaluationReportBlock => {
      const summary = results.overall!.questions.find(s => s.id === question.id)!
      const option = summary.n > 0
        ? questionChart(question, summary, chartContext, value => textIn(value, left), t(left, 'evaluation.results.other'))
        : null
      const texts = results.texts.filter(x => x.question === question.id)
      const quotes = texts.slice(0, QUOTES_PER_QUESTION).map(x => ({
        ...localeText(x.locale), text: x.text, language: both(locale => languageNameIn(locale, x.locale)),
      }))
      return {
        heading: both(locale => textIn(question.text, locale)),
        rows: both(locale => questionRows(question, summary, locale, texts.length)),
        ...(summary.n === 0 ? { note: both(locale => t(locale, 'evaluation.results.noAnswers')) } : {}),
        ...(texts.length > QUOTES_PER_QUESTION
          ? { note: both(locale => t(locale, 'evaluation.report.moreTexts', { count: num(locale).count(texts.length - QUOTES_PER_QUESTION) })) }
          : {}),
        ...(option ? { chart: renderChartSvg(option, { width: CHART_WIDTH, height: chartHeight(question, tall), locale: left }) } : {}),
        ...(quotes.length ? { quotes } : {}),
      }
    })
    return { heading, blocks }
  }

  function questionRows(question: Question, s: NonNullable<typeof results.overall>['questions'][number], locale: LocaleCode, texts: number): ReportRow[] {
    const rows: ReportRow[] = [{ label: t(locale, 'evaluation.results.answers'), value: num(locale).count(s.n) }]
    if (s.figures && s.type !== 'knowledge' && s.type !== 'nps') {
      rows.push({ label: t(locale, 'evaluation.analytics.columns.mean'), value: dec(locale, s.figures.mean) })
      rows.push({ label: t(locale, 'evaluation.analytics.columns.median'), value: dec(locale, s.figures.median) })
    }
    if (s.type === 'knowledge' && s.figures) rows.push({ label: t(locale, 'evaluation.results.meanScore'), value: dec(locale, s.figures.mean) })
    if (s.topTwoBox) rows.push({ label: t(locale, 'evaluation.stats.label.topTwoBox'), value: s.topTwoBox.share == null ? '–' : num(locale).percent(s.topTwoBox.share) })
    if (s.nps) rows.push({ label: t(locale, 'evaluation.stats.label.nps'), value: s.nps.score == null ? '–' : num(locale).signed(Math.round(s.nps.score)) })
    if (s.dates) rows.push({ label: t(locale, 'evaluation.report.dateRange'), value: `${documentDate(locale, s.dates.first)} – ${documentDate(locale, s.dates.last)}` })
    if (question.type === 'text' || texts) rows.push({ label: t(locale, 'evaluation.report.writtenAnswers'), value: num(locale).count(texts) })
    return rows
  }

  function effectSection(e: Effect): EvaluationReportSection {
    const a = e.analysis
    const rows = both((locale): ReportRow[] => {
      const unavailable = (reason: string) => t(locale, `evaluation.stats.unavailable.${reason}`)
      const ci = (c: { lower: number; upper: number }) => t(locale, 'evaluation.results.effect.interval', { low: dec(locale, c.lower), high: dec(locale, c.upper) })
      const list: ReportRow[] = [
        { label: t(locale, 'evaluation.results.effect.pairs'), value: num(locale).count(a.n) },
        { label: t(locale, 'evaluation.stats.label.meanDifference'), value: dec(locale, a.meanDifference) },
      ]
      const size = a.effectSize
      if (size.available) {
        list.push({ label: t(locale, 'evaluation.stats.label.cohensDz'), value: `${dec(locale, size.dz)} (${ci(size.dzCi)})` })
        list.push({ label: t(locale, 'evaluation.stats.label.hedgesG'), value: `${dec(locale, size.hedgesG)} (${ci(size.hedgesGCi)})` })
      }
      else list.push({ label: t(locale, 'evaluation.stats.label.hedgesG'), value: unavailable(size.reason) })
      list.push({ label: t(locale, 'evaluation.stats.label.pairedTTest'), value: a.tTest.available ? say(locale, pWording(a.tTest.p)) : unavailable(a.tTest.reason) })
      list.push({
        label: t(locale, 'evaluation.stats.label.wilcoxon'),
        value: a.wilcoxon.available ? `${say(locale, pWording(a.wilcoxon.p))} (${t(locale, `evaluation.stats.method.${a.wilcoxon.method}`)})` : unavailable(a.wilcoxon.reason),
      })
      return list
    })
    const pre = e.pairs.map(p => p.pre)
    const post = e.pairs.map(p => p.post)
    const max = e.scale === 'percent' ? 100 : Math.ceil(Math.max(1, ...pre, ...post))
    const chartT = (key: string, params?: Record<string, unknown>) => t(left, key, params)
    const option = underHeading(prePostChart({
      title: t(left, 'evaluation.results.effect.title'),
      scale: { min: 0, max },
      items: [{ label: t(left, `evaluation.results.effect.score.${e.scale}`), n: e.pairs.length, pre: meanInterval(pre), post: meanInterval(post) }],
    }, { locale: left, t: chartT }))
    return {
      heading: both(locale => t(locale, 'evaluation.results.effect.title')),
      blocks: [{
        heading: both(locale => t(locale, `evaluation.results.effect.score.${e.scale}`)),
        rows,
        note: both(locale => say(locale, e.wording)),
        chart: renderChartSvg(option, { width: CHART_WIDTH, height: 200, locale: left }),
      }],
    }
  }

  function findingsSection(): EvaluationReportSection {
    return {
      heading: both(locale => t(locale, 'evaluation.results.findings.title')),
      empty: both(locale => t(locale, 'evaluation.results.findings.empty')),
      blocks: findings.map(f => ({
        heading: both(locale => textIn(f.text as LocalizedText, locale)),
        rows: both(locale => f.actions.map(a => ({
          label: textIn(a.title as LocalizedText, locale),
          value: [
            t(locale, 'evaluation.results.findings.ownerDue', {
              owner: owners.get(a.owner_id) ?? t(locale, 'evaluation.results.findings.ownerUnknown'), due: documentDate(locale, dayOf(a.due_on)),
            }),
            t(locale, `evaluation.results.findings.statuses.${a.status}`),
          ].join(' · '),
        }))),
      })),
    }
  }

  const formTitle = both(locale => textIn(form.title, locale))
  const document = documentRequest('evaluation-report', {
    title: `${formTitle[0]} — ${t(left, 'evaluation.report.title')}`,
    footer: `${instanceId.slice(0, 8)} · v${instance!.version} · ${new Date().toISOString().slice(0, 10)}`,
    columns: both((locale, side) => ({
      ...localeText(locale),
      title: t(locale, 'evaluation.report.heading', { form: formTitle[side] }),
      subtitle: [
        t(locale, 'evaluation.results.version', { version: num(locale).count(instance!.version) }),
        t(locale, 'evaluation.report.madeOn', { date: documentDate(locale, new Date()) }),
        side === 0 || left === right ? '' : t(locale, 'evaluation.report.chartsIn', { language: languageNameIn(locale, left) }),
      ].filter(Boolean).join(' · '),
    })) as DocumentTemplates['evaluation-report']['columns'],
    facts,
    sections,
  })
  return { document, filename: `evaluation-report-${instanceId.slice(0, 8)}-${left}-${right}.pdf` }
}

const dayOf = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10))

/** The activity's paired effect when the reader manages all its evaluations and it has pairs; else none (the report goes on without it). */
async function effectOrNone(tx: Tx, activityId: string): Promise<Effect | null> {
  try {
    const effect = await activityEffect(tx, activityId)
    return effect.analysis.n > 0 ? effect : null
  }
  catch (error) {
    const status = (error as { statusCode?: number }).statusCode
    if (status === 403 || status === 404) return null
    throw error
  }
}
