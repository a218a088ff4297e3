import type { H3Event } from 'h3'
import { setResponseHeaders } from 'h3'
import { attachmentDisposition, cleanFilename } from '../files/filename'

/**
 * Answers with an iCalendar file. A download (a .ics of an activity or a session) is an attachment; a feed a calendar
 * app subscribes to is inline and private: its address is a secret, so no shared cache may keep it.
 */
export function sendCalendar(event: H3Event, text: string, filename: string, kind: 'download' | 'public-feed' | 'private-feed'): string {
  const disposition = attachmentDisposition(cleanFilename(filename))
  setResponseHeaders(event, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': kind === 'download' ? disposition : disposition.replace(/^attachment/, 'inline'),
    'cache-control': kind === 'private-feed' ? 'private, no-store' : 'no-cache',
    'x-content-type-options': 'nosniff',
  })
  return text
}
