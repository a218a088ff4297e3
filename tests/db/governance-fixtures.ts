import { readFileSync } from 'node:fs'
import { asService, type Actor, type Tx } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import { loadMessages } from '../../server/i18n/messages'
import type { BodyKind } from '../../shared/governance/vocabulary'
import type { LocaleCode } from '../../shared/locales'
import type { LocalizedText } from '../../shared/localized-text'

/** Mail and notices are rendered from the real locale files. */
export function loadLocales() {
  loadMessages(file => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8')))
}

/** A calendar date n days from today (UTC, as the database's current_date in tests). */
export function daysFromNow(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
}

const service = <T>(db: Db, fn: (tx: Tx) => Promise<T>) => asService(db, 'test fixture', fn)

export async function createBodyRow(db: Db, kind: BodyKind = 'council', name: LocalizedText = { en: 'Council', th: 'สภาประชาคม', zh: '理事会' }): Promise<string> {
  return (await service(db, tx => tx.insertInto('governance_bodies').values({ kind, name: JSON.stringify(name), mandate: '{}' })
    .returning('id').executeTakeFirstOrThrow())).id
}

/** Seats a person on a body for an institution; by default a term from last month with no end. */
export async function seat(db: Db, bodyId: string, person: Actor, institutionId: string, term: { start?: string; end?: string | null } = {}): Promise<string> {
  return (await service(db, tx => tx.insertInto('body_members').values({
    body_id: bodyId, user_id: person.id, institution_id: institutionId, position: JSON.stringify({ en: 'Member', th: 'กรรมการ' }),
    term_start: term.start ?? daysFromNow(-30), term_end: term.end ?? null,
  }).returning('id').executeTakeFirstOrThrow())).id
}

export async function createMeetingRow(db: Db, bodyId: string): Promise<string> {
  return (await service(db, tx => tx.insertInto('meetings').values({
    body_id: bodyId, title: JSON.stringify({ en: 'Plenary' }), starts_at: '2026-12-03T02:30:00Z', time_zone: 'Asia/Bangkok',
    location: '{}', agenda: JSON.stringify({ en: 'Budget' }), minutes: '{}',
  }).returning('id').executeTakeFirstOrThrow())).id
}

export async function setLocale(db: Db, person: Actor, locale: LocaleCode): Promise<void> {
  await service(db, tx => tx.updateTable('profiles').set({ preferred_locale: locale }).where('id', '=', person.id).execute())
}
