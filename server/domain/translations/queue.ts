import type { Actor, Tx } from '../../db/as-user'
import { LOCALE_CODES, type LocaleCode } from '../../../shared/locales'
import { filledLocales, resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { fieldsOf, isLongText, TRANSLATABLE, TRANSLATABLE_KINDS, type TranslatableKind, type TranslationQueueFilter } from '../../../shared/translations/fields'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'
import { fail } from '../../utils/errors'
import { SOURCES, type Scope } from './registry'

export const QUEUE_PAGE_SIZE = 25

/** One multilingual field of one record, with the languages it has text in. */
interface ContentField {
  kind: TranslatableKind
  id: string
  field: string
  institution_id: string | null
  label: LocalizedText
  value: LocalizedText
  filled: LocaleCode[]
}

/**
 * Whose content a person translates: the secretariat everyone's, staff their institutions' and the meetings of bodies
 * they sit on; anyone else nothing (403).
 */
async function editorScope(tx: Tx, actor: Actor, institutionId: string | undefined) {
  const [secretariat, staffOf] = await Promise.all([isSecretariat(tx), staffInstitutionIds(tx, actor)])
  if (!secretariat && !staffOf.length) fail(403, 'errors.forbidden')
  const narrowed = Boolean(institutionId)
  const institutions = secretariat ? (institutionId ? [institutionId] : null) : staffOf.filter(id => !institutionId || id === institutionId)
  return { secretariat, staffOf, scope: { institutions, narrowed, secretariat } satisfies Scope }
}

/** Every field that has text in at least one language; a field empty in all of them has nothing to translate. */
async function contentFields(tx: Tx, kinds: readonly TranslatableKind[], scope: Scope): Promise<ContentField[]> {
  const loaded = await Promise.all(kinds.map(async kind => ({ kind, records: await SOURCES[kind].load(tx, scope) })))
  return loaded.flatMap(({ kind, records }) => records.flatMap(record => Object.keys(fieldsOf(kind)).map(field => ({
    kind, id: record.id, field, institution_id: record.institution_id, label: record.label,
    value: record.values[field] ?? {}, filled: filledLocales(record.values[field]),
  })))).filter(f => f.filled.length > 0)
}

function progressOf(fields: ContentField[]) {
  return LOCALE_CODES.map((locale) => {
    const filled = fields.filter(f => f.filled.includes(locale)).length
    // Rounded down: 100 % only when nothing is missing.
    return { locale, filled, total: fields.length, percent: fields.length ? Math.floor((filled * 100) / fields.length) : 100 }
  })
}

/**
 * The translation queue: the fields of the person's content missing in one language (by default the first
 * language with gaps), each with its best source text (the reader's language, then en, zh, any), and the
 * progress of every language over the same content. Reads run as the person; RLS applies.
 */
export async function listTranslationQueue(tx: Tx, actor: Actor, filter: TranslationQueueFilter, reader: LocaleCode) {
  const { secretariat, staffOf, scope } = await editorScope(tx, actor, filter.institutionId)
  const kinds = filter.kind ? [filter.kind] : TRANSLATABLE_KINDS
  const fields = await contentFields(tx, kinds, scope)
  const progress = progressOf(fields)
  const locale = filter.locale ?? progress.find(p => p.filled < p.total)?.locale ?? reader
  const kindOrder = (kind: TranslatableKind) => TRANSLATABLE_KINDS.indexOf(kind)
  const fieldOrder = (f: ContentField) => Object.keys(fieldsOf(f.kind)).indexOf(f.field)
  const labelOf = (f: ContentField) => resolveLocalizedText(f.label, reader).text
  const missing = fields.filter(f => !f.filled.includes(locale)).sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind)
    || labelOf(a).localeCompare(labelOf(b), reader) || a.id.localeCompare(b.id) || fieldOrder(a) - fieldOrder(b))
  const start = (filter.page - 1) * QUEUE_PAGE_SIZE
  const items = missing.slice(start, start + QUEUE_PAGE_SIZE).map((f) => {
    const source = resolveLocalizedText(f.value, reader)
    return {
      kind: f.kind, id: f.id, field: f.field, institution_id: f.institution_id, record: f.label,
      source: { text: source.text, locale: source.locale }, max_length: fieldsOf(f.kind)[f.field]!.max, long: isLongText(f.kind, f.field),
    }
  })
  let institutions = tx.selectFrom('institutions').select(['id', 'name']).orderBy('slug')
  if (!secretariat) institutions = institutions.where('id', 'in', staffOf)
  return {
    locale, progress, items, total: missing.length, page: filter.page, page_size: QUEUE_PAGE_SIZE,
    has_more: start + QUEUE_PAGE_SIZE < missing.length,
    kinds: TRANSLATABLE_KINDS.filter(k => secretariat || TRANSLATABLE[k].editor !== 'secretariat'),
    institutions: await institutions.execute(),
  }
}
