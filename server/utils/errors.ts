import { STATUS_CODES } from 'node:http'
import { createError } from 'h3'

export type MessageParams = Record<string, string | number>

type Translator = (key: string, params: MessageParams) => string
let translateForRequest: Translator = key => key

/** Installed by the i18n server plugin: turns a key into text in the current request's locale. */
export function setErrorTranslator(translator: Translator) {
  translateForRequest = translator
}

/** A message key in the current request's locale, for a value a refusal names (a field, a term). */
export function translated(key: string, params: MessageParams = {}): string {
  return translateForRequest(key, params)
}

/**
 * The one way to refuse a request: a status and a message key from locales/*.json.
 * The reply is { statusCode, message (in the request's locale), data: { key, params } }.
 */
export function fail(statusCode: number, key: string, params: MessageParams = {}, extra: Record<string, unknown> = {}): never {
  throw createError({ statusCode, statusMessage: STATUS_CODES[statusCode], message: translateForRequest(key, params), data: { key, params, ...extra } })
}
