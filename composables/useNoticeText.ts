import { noticeSubjectKey, resolveNoticeParams, type NoticeParams } from '#shared/notices'
import type { LocaleCode } from '#shared/locales'

/**
 * A stored notice's text in the locale the page shows now: the subject of its mail template, with states and
 * severities translated and multilingual names picked (viewer → en → zh → any), so a language switch re-renders it.
 */
export function useNoticeText() {
  const { t, locale } = useI18n()
  return (kind: string, params: NoticeParams): string =>
    t(noticeSubjectKey(kind), resolveNoticeParams(params, locale.value as LocaleCode, key => t(key)))
}
