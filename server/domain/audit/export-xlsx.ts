import { translate } from '../../i18n/messages'
import { listWorkbook } from '../../documents/xlsx'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { auditSentence, entityKey, isAuditedEntity } from '../../../shared/audit/events'
import type { LocaleCode } from '../../../shared/locales'
import type { listAuditForExport } from './audit'

type Listed = Awaited<ReturnType<typeof listAuditForExport>>

/** The filtered log: one sentence per event as on the page, plus who, what kind and when for sorting. */
export async function auditXlsx(events: Listed, locale: LocaleCode): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string>) => translate(locale, key, params)
  const textOf = (value: LocalizedText | string | null) =>
    value === null ? null : typeof value === 'string' ? value : resolveLocalizedText(value, locale).text || null
  return listWorkbook(t('admin.auditTitle'), [
    // Spreadsheet dates carry no time zone: the column says which one it is.
    { header: t('audit.columns.atUtc'), key: 'at', width: 18, numFmt: 'yyyy-mm-dd hh:mm' },
    { header: t('audit.columns.event'), key: 'event', width: 80 },
    { header: t('admin.who'), key: 'actor', width: 32 },
    { header: t('audit.columns.kind'), key: 'kind', width: 24 },
    { header: t('admin.action'), key: 'action', width: 14 },
  ], events.map(e => ({
    at: new Date(e.at),
    event: auditSentence(e, t, textOf),
    actor: e.actor_email ?? t('audit.system'),
    kind: isAuditedEntity(e.entity) ? t(entityKey(e.entity)) : e.entity,
    action: t(`audit.actions.${e.action}`),
  })))
}
