// `npm run i18n:status`: per locale, how many of en.json's keys it has, which are missing or extra,
// and which are still identical to English. Exits 1 when any key is missing, so CI can use it.
import { readFileSync } from 'node:fs'

const registry = readFileSync(new URL('../shared/locales.ts', import.meta.url), 'utf8')
const codes = [...registry.matchAll(/code: '([a-z]+)'/g)].map(m => m[1])

function flatten(node, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object') flatten(value, path, out)
    else out[path] = value
  }
  return out
}
const read = code => flatten(JSON.parse(readFileSync(new URL(`../locales/${code}.json`, import.meta.url), 'utf8')))
const en = read('en')
const keys = Object.keys(en)
// Words that stay the same in every language.
const universal = /^[\s\dA-Z.()·,:/–-]*(PDF|PNG|JPEG|WebP|DOCX|XLSX|UTC|MB|KB)?[\s\dA-Z.()·,:/–-]*$/
let missingAny = false
console.info('locale  keys  missing  extra  same-as-en')
for (const code of codes) {
  const messages = read(code)
  const missing = keys.filter(k => !(k in messages))
  const extra = Object.keys(messages).filter(k => !(k in en))
  const same = code === 'en' ? [] : keys.filter(k => messages[k] === en[k] && !universal.test(en[k]))
  missingAny ||= missing.length > 0
  console.info(`${code.padEnd(6)}  ${String(Object.keys(messages).length).padStart(4)}  ${String(missing.length).padStart(7)}  ${String(extra.length).padStart(5)}  ${String(same.length).padStart(10)}`)
  for (const k of missing) console.info(`          missing: ${k}`)
  for (const k of same) console.info(`          untranslated: ${k}`)
}
process.exit(missingAny ? 1 : 0)
