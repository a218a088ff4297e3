import type { DefaultTimestamp } from './column-types'

/** A talk a person stars in a published programme (migration 20261211030000_conference_agenda.sql). */
export interface ConferenceAgendaItems {
  person_id: string
  submission_id: string
  created_at: DefaultTimestamp
}

export interface ConferenceAgendaTables {
  conference_agenda_items: ConferenceAgendaItems
}

// Merged into the database's type here, so the shared schema file stays as the data layer left it.
declare module './schema' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends ConferenceAgendaTables {}
}
