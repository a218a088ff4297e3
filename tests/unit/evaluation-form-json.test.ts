import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FORM_SCHEMA_ID, QUESTION_TYPES, exportForm, formJsonSchema, importForm } from '#shared/evaluation/form-definition'
import { validateAnswers } from '#shared/evaluation/answers'

const doc = readFileSync(new URL('../../docs/evaluation-form-schema.md', import.meta.url), 'utf8')
const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? ''

describe('the documented form JSON', () => {
  it('imports the example of the documentation, and it survives export → import unchanged', () => {
    const imported = importForm(example)
    expect(imported.ok).toBe(true)
    if (!imported.ok) return
    expect(importForm(exportForm(imported.form))).toEqual(imported)
    const answer = /An answer to it: `(.*)`/.exec(doc)?.[1] ?? ''
    expect(validateAnswers(imported.form, JSON.parse(answer), { partial: false })).toMatchObject({ ok: true })
  })

  it('documents every question type', () => {
    for (const type of QUESTION_TYPES) expect(doc).toContain(`| \`${type}\` |`)
  })

  it('refuses the example under a foreign schema id with one clear issue', () => {
    const foreign = example.replace(FORM_SCHEMA_ID, 'surveyjs')
    expect(importForm(foreign)).toEqual({ ok: false, issues: [{ path: 'schema', code: 'unknownSchema' }] })
  })
})

describe('formJsonSchema', () => {
  type Variant = { properties: { type: { const: string } }; additionalProperties: boolean }
  const schema = formJsonSchema() as {
    $id: string
    properties: { schema: { const: string }; sections: { items: { properties: { questions: { items: { oneOf: Variant[] } } } } } }
  }

  it('pins the schema id and describes each question type, refusing unknown fields', () => {
    expect(schema.$id).toBe(FORM_SCHEMA_ID)
    expect(schema.properties.schema.const).toBe(FORM_SCHEMA_ID)
    const variants = schema.properties.sections.items.properties.questions.items.oneOf
    expect(variants.map(v => v.properties.type.const).sort()).toEqual([...QUESTION_TYPES].sort())
    expect(variants.every(v => v.additionalProperties === false)).toBe(true)
  })
})
