import type { MaybeRefOrGetter } from 'vue'

/**
 * The query of a `useFetch` on a page that only shows content: the page's own query and `lang`, so the API replies
 * in the reader's language alone (server/plugins/08.reader-language.ts). The language is part of the fetch's key: a
 * language switch fetches the page's content again, in the new language. Never for a form that edits the texts.
 */
export function useContentQuery<Q extends Record<string, unknown>>(query?: MaybeRefOrGetter<Q>) {
  const { locale } = useI18n()
  return computed(() => ({ ...toValue(query), lang: locale.value }))
}
