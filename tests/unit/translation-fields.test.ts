import { describe, expect, it } from 'vitest'
import { fieldOf, isLongText, TRANSLATABLE, TRANSLATABLE_KINDS, translationSaveSchema } from '../../shared/translations/fields'

const base = { kind: 'institution', id: '00000000-0000-4000-8000-000000000001', field: 'name', locale: 'km', text: 'សាកលវិទ្យាល័យ' }
const issuesOf = (value: Record<string, unknown>) => {
  const result = translationSaveSchema.safeParse(value)
  return result.success ? [] : result.error.issues.map(i => i.path.join('.'))
}

describe('saving one translated field', () => {
  it('takes a text within the field\'s own limit', () => {
    expect(translationSaveSchema.parse(base).text).toBe('សាកលវិទ្យាល័យ')
    expect(translationSaveSchema.parse({ ...base, field: 'description', text: 'ក'.repeat(20000) }).text).toHaveLength(20000)
  })

  it('refuses an empty or blank text, and one over the limit the content\'s schema sets', () => {
    expect(issuesOf({ ...base, text: '' })).toEqual(['text'])
    expect(issuesOf({ ...base, text: '   ' })).toEqual(['text'])
    expect(issuesOf({ ...base, field: 'description', text: ' \n ' })).toEqual(['text'])
    expect(issuesOf({ ...base, text: 'ក'.repeat(301) })).toEqual(['text'])
    expect(issuesOf({ ...base, kind: 'call', field: 'title', text: 'x'.repeat(301) })).toEqual(['text'])
  })

  it('refuses a field the kind does not have, an unknown kind or language', () => {
    expect(issuesOf({ ...base, field: 'website' })).toEqual(['field'])
    expect(issuesOf({ ...base, field: 'constructor' })).toEqual(['field'])
    expect(issuesOf({ ...base, kind: 'agreement' })).toEqual(['kind'])
    expect(issuesOf({ ...base, locale: 'fr' })).toEqual(['locale'])
  })

  it('strips characters that disguise a name, as the content\'s own form does', () => {
    expect(translationSaveSchema.parse({ ...base, text: 'Poly\u202Etech' }).text).toBe('Polytech')
  })

  it('every kind names its fields with a limit; long texts get a text area', () => {
    for (const kind of TRANSLATABLE_KINDS) for (const field of Object.keys(TRANSLATABLE[kind].fields)) expect(fieldOf(kind, field)!.max).toBeGreaterThan(0)
    expect(isLongText('institution', 'description')).toBe(true)
    expect(isLongText('institution', 'name')).toBe(false)
  })
})
