import type { Actor, Tx } from '../../db/as-user'
import { translate } from '../../i18n/messages'
import { documentDate } from '../../i18n/names'
import { listWorkbook } from '../../documents/xlsx'
import { documentRequest, localeText, type AgreementColumn, type DocumentRequest } from '../../documents/templates'
import { yearSlug } from '../../../shared/calendar/plan-vocabulary'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { localeEntry, type LocaleCode } from '../../../shared/locales'
import { getPlan } from './plans'

type Plan = Awaited<ReturnType<typeof getPlan>>
type Item = Plan['items'][number]

/** A text in the column's language; a fallback is marked with its language, so nobody takes it for a translation. */
function text(value: LocalizedText | undefined, locale: LocaleCode): string {
  const resolved = resolveLocalizedText(value, locale)
  return resolved.isFallback && resolved.locale ? `[${resolved.locale}] ${resolved.text}` : resolved.text
}

/** "March 2027", "มีนาคม 2570", "2027年3月": the month as the language writes it, with its own calendar and digits. */
export function monthName(locale: LocaleCode, month: string): string {
  const entry = localeEntry(locale)
  return new Intl.DateTimeFormat(entry?.language ?? 'en', { year: 'numeric', month: 'long', timeZone: 'UTC', numberingSystem: entry?.digits })
    .format(new Date(`${month}T00:00:00Z`))
}

function money(locale: LocaleCode, amount: string | null, currency: string | null): string {
  if (amount === null || currency === null) return ''
  const entry = localeEntry(locale)
  return new Intl.NumberFormat(entry?.language ?? 'en', { style: 'currency', currency, numberingSystem: entry?.digits }).format(Number(amount))
}

/** What became of an item: its activities, their sessions held and scheduled, registrations and attendance, summed. */
function actualOf(item: Item) {
  const sum = (pick: (a: Item['activities'][number]) => number) => item.activities.reduce((total, a) => total + Number(pick(a)), 0)
  return {
    activities: item.activities.length, held: sum(a => a.sessions_held), scheduled: sum(a => a.sessions_scheduled),
    registered: sum(a => a.registered), attended: sum(a => a.attended),
  }
}

/** One item as a line of the document, in one language. */
function itemLine(item: Item, locale: LocaleCode): string {
  const label = (key: string, params = {}) => translate(locale, `calendar.plan.${key}`, params)
  const parts = [
    label(`kinds.${item.kind}`),
    text(item.organiser_name, locale),
    Object.keys(item.audience).length ? `${label('fields.audience')}: ${text(item.audience, locale)}` : '',
    item.expected_participants === null ? '' : label('export.participants', { count: item.expected_participants }),
    item.budget_amount === null ? '' : `${text(item.budget_line, locale) || label('fields.budget')}: ${money(locale, item.budget_amount, item.currency)}`,
    item.state === 'proposed' ? '' : label(`itemStates.${item.state}`),
  ].filter(Boolean)
  const actual = actualOf(item)
  if (actual.activities) {
    parts.push(`${label('actual.title')}: ${label('actual.sessions', { held: actual.held, scheduled: actual.scheduled })}, ${label('actual.participants', {
      attended: actual.attended, registered: actual.registered, expected: item.expected_participants ?? '—',
    })}`)
  }
  return [`• ${text(item.title, locale)} — ${parts.join(' · ')}`, ...findingLines(item, locale)].join('\n')
}

/** The item's findings, each with its actions (status, due day, overdue said), indented under the item. */
function findingLines(item: Item, locale: LocaleCode): string[] {
  if (!item.findings.length) return []
  const label = (key: string, params = {}) => translate(locale, key, params)
  const actions = item.findings.reduce((n, f) => n + f.actions.length, 0)
  return [
    `   ${label('calendar.plan.findings.count', { findings: item.findings.length, actions })}`,
    ...item.findings.flatMap(f => [
      `   – ${text(f.text, locale)}`,
      ...f.actions.map(a => `      → ${actionText(a, locale)}`),
    ]),
  ]
}

function actionText(a: Item['findings'][number]['actions'][number], locale: LocaleCode): string {
  const status = translate(locale, `evaluation.results.findings.statuses.${a.status}`)
  const overdue = a.overdue ? ` · ${translate(locale, 'evaluation.results.findings.overdue')}` : ''
  return `${text(a.title, locale)} (${status} · ${documentDate(locale, a.due_on)}${overdue})`
}

/** Findings and their actions in one cell, a line each. */
function findingsCell(item: Item, locale: LocaleCode): string {
  return item.findings.flatMap(f => [`– ${text(f.text, locale)}`, ...f.actions.map(a => `  → ${actionText(a, locale)}`)]).join('\n')
}

function column(plan: Plan, locale: LocaleCode): AgreementColumn {
  const label = (key: string, params = {}) => translate(locale, `calendar.plan.${key}`, params)
  const shown = plan.items.filter(i => i.state !== 'dropped')
  const approval = plan.approved_at
    ? label('export.approvedOn', { date: documentDate(locale, plan.approved_at) })
    : label(`states.${plan.state}`)
  return {
    ...localeText(locale),
    title: label('export.title', { year: plan.academic_year }),
    subtitle: approval,
    rows: plan.months.map(month => ({
      label: monthName(locale, month),
      value: shown.filter(i => i.month === month).map(i => itemLine(i, locale)).join('\n') || label('export.nothingPlanned'),
    })),
  }
}

/** The plan in two languages side by side, a row per month (the two-column layout agreements use): rendered by the caller. */
export async function planDocument(
  tx: Tx, actor: Actor, academicYear: string, left: LocaleCode, right: LocaleCode,
): Promise<{ document: DocumentRequest<'agreement'>; filename: string }> {
  const plan = await getPlan(tx, actor, academicYear)
  const document = documentRequest('agreement', {
    title: translate(left, 'calendar.plan.export.title', { year: plan.academic_year }),
    footer: `${plan.academic_year} · ${plan.items.filter(i => i.state !== 'dropped').length}`,
    columns: [column(plan, left), column(plan, right)],
  })
  return { document, filename: `activity-plan-${yearSlug(plan.academic_year)}-${left}-${right}.pdf` }
}

/** The plan as a spreadsheet: a row per item, its texts in both languages side by side, amounts and actual figures as numbers. */
export async function planXlsx(
  tx: Tx, actor: Actor, academicYear: string, left: LocaleCode, right: LocaleCode,
): Promise<{ xlsx: Buffer; filename: string }> {
  const plan = await getPlan(tx, actor, academicYear)
  const both = (key: string) => `${translate(left, `calendar.plan.${key}`)} / ${translate(right, `calendar.plan.${key}`)}`
  const each = (key: string, locale: LocaleCode) => `${translate(locale, `calendar.plan.${key}`)} (${locale})`
  const xlsx = await listWorkbook(translate(left, 'calendar.plan.export.title', { year: plan.academic_year }).replace(/[/\\?*[\]:]/g, '-'), [
    { header: both('fields.month'), key: 'month', width: 12, numFmt: 'yyyy-mm' },
    { header: each('fields.kind', left), key: 'kindLeft', width: 16 },
    { header: each('fields.kind', right), key: 'kindRight', width: 16 },
    { header: each('fields.title', left), key: 'titleLeft', width: 40 },
    { header: each('fields.title', right), key: 'titleRight', width: 40 },
    { header: each('fields.audience', left), key: 'audienceLeft', width: 30 },
    { header: each('fields.audience', right), key: 'audienceRight', width: 30 },
    { header: each('fields.organiser', left), key: 'organiserLeft', width: 36 },
    { header: each('fields.organiser', right), key: 'organiserRight', width: 36 },
    { header: each('fields.budgetLine', left), key: 'budgetLeft', width: 28 },
    { header: each('fields.budgetLine', right), key: 'budgetRight', width: 28 },
    { header: both('fields.budgetAmount'), key: 'amount', width: 14, numFmt: '#,##0.00' },
    { header: both('fields.currency'), key: 'currency', width: 8 },
    { header: both('fields.expectedParticipants'), key: 'expected', width: 12 },
    { header: each('fields.state', left), key: 'stateLeft', width: 14 },
    { header: each('fields.state', right), key: 'stateRight', width: 14 },
    { header: both('export.activities'), key: 'activities', width: 10 },
    { header: both('export.sessionsHeld'), key: 'held', width: 10 },
    { header: both('export.sessionsScheduled'), key: 'scheduled', width: 10 },
    { header: both('export.registered'), key: 'registered', width: 10 },
    { header: both('export.attended'), key: 'attended', width: 10 },
    { header: both('findings.findings'), key: 'findings', width: 10 },
    { header: both('findings.actions'), key: 'actions', width: 10 },
    { header: both('findings.open'), key: 'openActions', width: 10 },
    { header: each('findings.title', left), key: 'findingsLeft', width: 50 },
    { header: each('findings.title', right), key: 'findingsRight', width: 50 },
  ], plan.items.map(i => ({
    month: new Date(`${i.month}T00:00:00Z`),
    kindLeft: translate(left, `calendar.plan.kinds.${i.kind}`), kindRight: translate(right, `calendar.plan.kinds.${i.kind}`),
    titleLeft: text(i.title, left), titleRight: text(i.title, right),
    audienceLeft: text(i.audience, left), audienceRight: text(i.audience, right),
    organiserLeft: text(i.organiser_name, left), organiserRight: text(i.organiser_name, right),
    budgetLeft: text(i.budget_line, left), budgetRight: text(i.budget_line, right),
    amount: i.budget_amount === null ? null : Number(i.budget_amount), currency: i.currency,
    expected: i.expected_participants,
    stateLeft: translate(left, `calendar.plan.itemStates.${i.state}`), stateRight: translate(right, `calendar.plan.itemStates.${i.state}`),
    ...actualOf(i),
    findings: i.findings.length,
    actions: i.findings.reduce((n, f) => n + f.actions.length, 0),
    openActions: i.findings.reduce((n, f) => n + f.actions.filter(a => a.status === 'open' || a.status === 'in_progress').length, 0),
    findingsLeft: findingsCell(i, left), findingsRight: findingsCell(i, right),
  })))
  return { xlsx, filename: `activity-plan-${yearSlug(plan.academic_year)}-${left}-${right}.xlsx` }
}
