// `npm run i18n:status`: per locale of the registry (shared/locales.ts), how many of en.json's keys it
// has, which are missing or extra, and which are still identical to English. Exits 1 when any key is
// missing, so CI can use it.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { LOCALES } from '../shared/locales.ts'

function flatten(node, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object') flatten(value, path, out)
    else out[path] = value
  }
  return out
}

/** A locale file's messages as a nested object (null when the file does not exist yet). */
export function readLocaleFile(file) {
  try {
    return JSON.parse(readFileSync(new URL(`../locales/${file}`, import.meta.url), 'utf8'))
  }
  catch (error) {
    if (error.code === 'ENOENT') return null
    throw error
  }
}

// Words that stay the same in every language.
const universal = /^[\s\dA-Z.()·,:/–-]*(PDF|PNG|JPEG|WebP|DOCX|XLSX|UTC|MB|KB)?[\s\dA-Z.()·,:/–-]*$/

/**
 * Coverage of each registry locale against en: { code, keys, missing, extra, same }; a locale without a file misses every key.
 * @param {readonly import('../shared/locales.ts').LocaleEntry[]} [locales]
 * @param {(file: string) => Record<string, unknown> | null} [read]
 */
export function coverage(locales = LOCALES, read = readLocaleFile) {
  const en = flatten(read('en.json'))
  const keys = Object.keys(en)
  return locales.map(({ code, file }) => {
    const messages = flatten(read(file) ?? {})
    return {
      code,
      keys: Object.keys(messages).length,
      missing: keys.filter(k => !(k in messages)),
      extra: Object.keys(messages).filter(k => !(k in en)),
      same: code === 'en' ? [] : keys.filter(k => messages[k] === en[k] && !universal.test(en[k])),
    }
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = coverage()
  console.info('locale  keys  missing  extra  same-as-en')
  for (const r of rows) {
    const counts = [[r.keys, 4], [r.missing.length, 7], [r.extra.length, 5], [r.same.length, 10]].map(([n, width]) => String(n).padStart(width))
    console.info(`${r.code.padEnd(6)}  ${counts.join('  ')}`)
    for (const k of r.missing) console.info(`          missing: ${k}`)
    for (const k of r.same) console.info(`          untranslated: ${k}`)
  }
  process.exit(rows.some(r => r.missing.length > 0) ? 1 : 0)
}
