// `npm run i18n:migration`: writes supabase/migrations/<now>_locale_codes.sql, which sets the database's
// locale list (public.locale_codes()) to the codes of shared/locales.ts. Run it after adding a locale;
// the server refuses to start while the database's list and the registry's differ.
import { writeFileSync } from 'node:fs'
import { LOCALE_CODES } from '../shared/locales.ts'
import { localeCodesSql } from '../server/db/locale-codes.ts'

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const file = new URL(`../supabase/migrations/${stamp}_locale_codes.sql`, import.meta.url)
writeFileSync(file, localeCodesSql(LOCALE_CODES))
console.info(`wrote ${file.pathname} with ${LOCALE_CODES.join(', ')}`)
