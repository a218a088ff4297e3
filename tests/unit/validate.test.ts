import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseOr422 } from '../../server/utils/validate'

/** The H3 error parseOr422 throws, or null when it passes. */
function refusal(schema: z.ZodType, value: unknown) {
  try {
    parseOr422(schema, value)
    return null
  }
  catch (error) { return error as { statusCode: number; data: { key: string; params: { field: string } } } }
}

describe('parseOr422 refuses text no column can hold, whatever the route schema says', () => {
  const loose = z.object({ note: z.string(), tags: z.array(z.string()).optional() }).passthrough()

  it('names the field that holds a NUL or a lone surrogate, in values and in keys', () => {
    expect(refusal(loose, { note: 'a\u0000b' })).toMatchObject({ statusCode: 422, data: { key: 'errors.validation', params: { field: 'note' } } })
    expect(refusal(loose, { note: 'ok', tags: ['x', 'y\uDBFF'] })?.data.params.field).toBe('tags.1')
    expect(refusal(loose, { note: 'ok', ['k\u0000']: 1 })?.data.params.field).toBe('k\u0000')
  })

  it('lets paired surrogates (emoji, rare CJK) through', () => {
    expect(refusal(loose, { note: '😀 𠮷' })).toBeNull()
  })

  it('walks a body of 5 000 nested arrays without running out of stack', () => {
    const deep = JSON.parse(`${'['.repeat(5000)}"\\u0000"${']'.repeat(5000)}`)
    expect(refusal(z.any(), deep)?.statusCode).toBe(422)
  })
})
