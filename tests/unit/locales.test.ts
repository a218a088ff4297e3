import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '#shared/locales'

type Tree = { [key: string]: string | Tree }
const read = (file: string): Tree => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8'))
function flatten(node: Tree, prefix = ''): Record<string, string> {
  return Object.entries(node).reduce<Record<string, string>>((out, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? { ...out, [path]: value } : { ...out, ...flatten(value, path) }
  }, {})
}
const en = flatten(read('en.json'))
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort()

describe.each(LOCALES.map(l => [l.code, l.file] as const))('locale %s', (code, file) => {
  const messages = flatten(read(file))

  it('has exactly the keys of en.json', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort())
  })

  it('keeps every placeholder of the English text', () => {
    for (const [key, text] of Object.entries(en)) expect(placeholders(messages[key] ?? ''), key).toEqual(placeholders(text))
  })

  it('uses no character vue-i18n would read as syntax', () => {
    for (const [key, text] of Object.entries(messages)) expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[@${}]/)
  })

  it.skipIf(code === 'en')('is a translation, not a copy of English', () => {
    const copied = Object.keys(en).filter(k => en[k]!.length > 12 && messages[k] === en[k])
    expect(copied).toEqual([])
  })
})

describe('locale files', () => {
  it('are sorted by key so diffs stay readable', () => {
    const sorted = (node: Tree): boolean => {
      const keys = Object.keys(node)
      return keys.join() === [...keys].sort().join() && Object.values(node).every(v => typeof v === 'string' || sorted(v))
    }
    expect(sorted(read('en.json'))).toBe(true)
  })
})
