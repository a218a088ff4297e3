import type { Tx } from '../../db/as-user'
import type { LocalizedText } from '../../../shared/localized-text'
import type { TranslatableKind } from '../../../shared/translations/fields'

/** One record with its multilingual fields, as the queue needs it: what it is called and whose it is. */
export interface TranslatableRecord {
  id: string
  institution_id: string | null
  label: LocalizedText
  values: Record<string, LocalizedText>
}

/**
 * Whose content is wanted: `institutions` (null: every institution's, for the secretariat), whether the reader narrowed
 * the queue to one institution (then content of no institution stays out), and whether the reader is the secretariat.
 */
export interface Scope { institutions: string[] | null; narrowed: boolean; secretariat: boolean }

interface KindSource {
  /** The table a save writes to; named here only, never taken from a request. */
  table: 'institutions' | 'programs' | 'calls' | 'governance_bodies' | 'meetings' | 'meeting_decisions' | 'activities' | 'venues'
  load: (tx: Tx, scope: Scope) => Promise<TranslatableRecord[]>
}

const pick = (row: Record<string, unknown>, columns: string[]) =>
  Object.fromEntries(columns.map(c => [c, (row[c] ?? {}) as LocalizedText]))

/** Where each kind of content lives and how to read it as the person (RLS applies to every read). */
export const SOURCES: Record<TranslatableKind, KindSource> = {
  institution: {
    table: 'institutions',
    async load(tx, scope) {
      const { institutions } = scope
      if (institutions && !institutions.length) return []
      let query = tx.selectFrom('institutions').select(['id', 'name', 'city', 'description'])
      if (institutions) query = query.where('id', 'in', institutions)
      const rows = await query.execute()
      return rows.map(r => ({ id: r.id, institution_id: r.id, label: r.name, values: pick(r, ['name', 'city', 'description']) }))
    },
  },
  program: {
    table: 'programs',
    async load(tx, scope) {
      const { institutions } = scope
      if (institutions && !institutions.length) return []
      let query = tx.selectFrom('programs').select(['id', 'host_institution_id', 'title', 'description', 'costs', 'funding'])
      if (institutions) query = query.where('host_institution_id', 'in', institutions)
      const rows = await query.execute()
      return rows.map(r => ({ id: r.id, institution_id: r.host_institution_id, label: r.title, values: pick(r, ['title', 'description', 'costs', 'funding']) }))
    },
  },
  call: {
    table: 'calls',
    async load(tx, scope) {
      const { institutions } = scope
      if (institutions && !institutions.length) return []
      let query = tx.selectFrom('calls').innerJoin('programs', 'programs.id', 'calls.program_id')
        .select(['calls.id', 'programs.host_institution_id', 'calls.title'])
      if (institutions) query = query.where('programs.host_institution_id', 'in', institutions)
      const rows = await query.execute()
      return rows.map(r => ({ id: r.id, institution_id: r.host_institution_id, label: r.title, values: { title: r.title } }))
    },
  },
  body: {
    table: 'governance_bodies',
    async load(tx, scope) {
      if (!scope.secretariat || scope.narrowed) return []
      const rows = await tx.selectFrom('governance_bodies').select(['id', 'name', 'mandate']).execute()
      return rows.map(r => ({ id: r.id, institution_id: null, label: r.name, values: pick(r, ['name', 'mandate']) }))
    },
  },
  meeting: {
    table: 'meetings',
    // RLS shows a meeting to its body's members and the secretariat, who are also the ones who may edit it.
    async load(tx, scope) {
      if (scope.narrowed) return []
      const rows = await tx.selectFrom('meetings').select(['id', 'title', 'location', 'agenda', 'minutes']).execute()
      return rows.map(r => ({ id: r.id, institution_id: null, label: r.title, values: pick(r, ['title', 'location', 'agenda', 'minutes']) }))
    },
  },
  decision: {
    table: 'meeting_decisions',
    async load(tx, scope) {
      if (scope.narrowed) return []
      const rows = await tx.selectFrom('meeting_decisions').innerJoin('meetings', 'meetings.id', 'meeting_decisions.meeting_id')
        .select(['meeting_decisions.id', 'meetings.title', 'meeting_decisions.text']).execute()
      return rows.map(r => ({ id: r.id, institution_id: null, label: r.title, values: { text: r.text } }))
    },
  },
  activity: {
    table: 'activities',
    // Everyone reads a published activity; its organisers' staff (and the secretariat) are the ones who edit it.
    async load(tx, scope) {
      const { institutions } = scope
      if (institutions && !institutions.length) return []
      let query = tx.selectFrom('activities as a')
        .innerJoin('activity_organisers as o', 'o.activity_id', 'a.id')
        .select(['a.id', 'a.title', 'a.summary', 'a.description', 'a.audience', 'a.fee_note'])
        .select(eb => eb.fn.min<string>(eb.cast('o.institution_id', 'text')).as('institution_id'))
        .where('a.state', 'not in', ['cancelled', 'evaluated'])
        .groupBy(['a.id', 'a.title', 'a.summary', 'a.description', 'a.audience', 'a.fee_note'])
      if (institutions) query = query.where('o.institution_id', 'in', institutions)
      const rows = await query.execute()
      return rows.map(r => ({ id: r.id, institution_id: r.institution_id, label: r.title, values: pick(r, ['title', 'summary', 'description', 'audience', 'fee_note']) }))
    },
  },
  venue: {
    table: 'venues',
    async load(tx, scope) {
      const { institutions } = scope
      if (institutions && !institutions.length) return []
      let query = tx.selectFrom('venues').select(['id', 'institution_id', 'name', 'city'])
      if (institutions) query = query.where('institution_id', 'in', institutions)
      const rows = await query.execute()
      return rows.map(r => ({ id: r.id, institution_id: r.institution_id, label: r.name, values: pick(r, ['name', 'city']) }))
    },
  },
}
