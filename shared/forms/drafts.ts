import { LOCALES } from '../locales'

const PREFIX = new RegExp(`^/(${LOCALES.map(l => l.code).join('|')})(?=[/?]|$)`)

/** A page's path without its locale prefix: /th/agreements/new and /vi/agreements/new are one form. */
export function pathWithoutLocale(path: string): string {
  const rest = path.replace(PREFIX, '')
  return rest.startsWith('/') ? rest : `/${rest}`
}
