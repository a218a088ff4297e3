// `node scripts/i18n-merge.mjs <locale> <patch.json>`: deep-merges a patch of keys into
// locales/<locale>.json and writes it back sorted, in one quick read-modify-write.
import { readFileSync, writeFileSync } from 'node:fs'

const [code, patchFile] = process.argv.slice(2)
if (!code || !patchFile) {
  console.error('usage: node scripts/i18n-merge.mjs <locale> <patch.json>')
  process.exit(2)
}
const target = new URL(`../locales/${code}.json`, import.meta.url)

function merge(into, patch) {
  for (const [key, value] of Object.entries(patch)) {
    if (value && typeof value === 'object') into[key] = merge(into[key] && typeof into[key] === 'object' ? into[key] : {}, value)
    else into[key] = value
  }
  return into
}
function sorted(node) {
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(Object.keys(node).sort().map(k => [k, sorted(node[k])]))
}
const merged = merge(JSON.parse(readFileSync(target, 'utf8')), JSON.parse(readFileSync(patchFile, 'utf8')))
writeFileSync(target, `${JSON.stringify(sorted(merged), null, 2)}\n`)
