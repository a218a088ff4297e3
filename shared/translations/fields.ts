import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { nameText, queryInt, text } from '../schemas/primitives'

/** Who edits a kind: an institution's staff (and the secretariat), a governance body's members (and the secretariat), the secretariat alone. */
export type TranslationEditor = 'staff' | 'member' | 'secretariat'

/**
 * Every multilingual content field a translator can fill in, in one place: the queue lists them, the page labels
 * them and the save route checks them by this table. Limits are the ones the content's own schemas set
 * (shared/schemas/platform.ts, mobility.ts, governance.ts, calendar.ts); a name is refused with disguising characters, as there.
 * Agreement titles are not here: a title is part of the signed version (a change is a new version, voiding approvals).
 */
export const TRANSLATABLE = {
  institution: { editor: 'staff', fields: { name: { max: 300, name: true }, city: { max: 200, name: true }, description: { max: 20000, name: false } } },
  program: { editor: 'staff', fields: {
    title: { max: 300, name: true }, description: { max: 20000, name: false }, costs: { max: 5000, name: false }, funding: { max: 5000, name: false },
  } },
  call: { editor: 'staff', fields: { title: { max: 300, name: true } } },
  body: { editor: 'secretariat', fields: { name: { max: 300, name: true }, mandate: { max: 5000, name: false } } },
  meeting: { editor: 'member', fields: {
    title: { max: 300, name: true }, location: { max: 300, name: false }, agenda: { max: 20000, name: false }, minutes: { max: 50000, name: false },
  } },
  decision: { editor: 'member', fields: { text: { max: 5000, name: false } } },
  activity: { editor: 'staff', fields: {
    title: { max: 300, name: true }, summary: { max: 1000, name: false }, description: { max: 20000, name: false },
    audience: { max: 1000, name: false }, fee_note: { max: 500, name: false },
  } },
  venue: { editor: 'staff', fields: { name: { max: 300, name: true }, city: { max: 200, name: true } } },
} as const satisfies Record<string, { editor: TranslationEditor; fields: Record<string, { max: number; name: boolean }> }>

export type TranslatableKind = keyof typeof TRANSLATABLE
export const TRANSLATABLE_KINDS = Object.keys(TRANSLATABLE) as TranslatableKind[]
export interface TranslatableField { max: number; name: boolean }

export function fieldsOf(kind: TranslatableKind): Record<string, TranslatableField> {
  return TRANSLATABLE[kind].fields
}

export function fieldOf(kind: TranslatableKind, field: string): TranslatableField | undefined {
  return Object.hasOwn(TRANSLATABLE[kind].fields, field) ? fieldsOf(kind)[field] : undefined
}

/** A long text gets a textarea; a name or a title one line. */
export function isLongText(kind: TranslatableKind, field: string): boolean {
  const spec = fieldOf(kind, field)
  return Boolean(spec && !spec.name && spec.max > 300)
}

const localeCode = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
const kindSchema = z.enum(TRANSLATABLE_KINDS as [TranslatableKind, ...TranslatableKind[]])

/** The queue's filters: which language (default: the first one with gaps), which kind of content, whose, which page. */
export const translationQueueFilterSchema = z.object({
  locale: localeCode.optional(),
  kind: kindSchema.optional(),
  institutionId: z.string().uuid().optional(),
  page: queryInt(1, 100_000).default(1),
})
export type TranslationQueueFilter = z.infer<typeof translationQueueFilterSchema>

/** One field's text in one language; never empty, within the field's own limit. */
export const translationSaveSchema = z.object({
  kind: kindSchema,
  id: z.string().uuid(),
  field: z.string().max(100),
  locale: localeCode,
  text: z.string(),
}).transform((value, ctx) => {
  const spec = fieldOf(value.kind, value.field)
  if (!spec) {
    ctx.addIssue({ code: 'custom', path: ['field'], message: 'unknown_field' })
    return z.NEVER
  }
  const parsed = (spec.name ? nameText(spec.max) : text(spec.max).min(1)).safeParse(value.text)
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', path: ['text'], message: parsed.error.issues[0]?.code ?? 'invalid' })
    return z.NEVER
  }
  return { ...value, text: parsed.data }
})
export type TranslationSave = z.infer<typeof translationSaveSchema>
