import type { ApplicationFilter } from '#shared/schemas/mobility'
import type { OfficeApplicationRow } from '~/types/mobility'

/** A row of GET /api/mobility/applications as the office sees it (the route's own type). */
export type OfficeRow = OfficeApplicationRow

/** What became of one row after a score or a bulk step: done, or the translated refusal. */
export interface RowOutcome {
  ok: boolean
  message: string
}

export type OfficeFilter = Omit<ApplicationFilter, 'view'> & { view: 'outgoing' | 'incoming' }

const byRank = (a: OfficeRow, b: OfficeRow) => {
  const sa = a.score === null ? -1 : Number(a.score)
  const sb = b.score === null ? -1 : Number(b.score)
  return sb - sa || (a.submitted_at ?? '\uffff').localeCompare(b.submitted_at ?? '\uffff')
}

/**
 * The office's outgoing or incoming applications, ranked by score (unscored last) and re-ranked as
 * scores change, with each row's latest outcome kept until the filter changes.
 */
export async function useOfficeApplications(filter: Ref<OfficeFilter>) {
  const { data, refresh } = await useFetch('/api/mobility/applications', { query: filter, headers: useRequestHeaders(['cookie']) })
  const outcomes = ref<Record<string, RowOutcome>>({})
  watch(filter, () => { outcomes.value = {} })
  const ranked = computed(() => [...(data.value ?? [])].sort(byRank))

  // useFetch data is a shallow ref: a changed row is a new list, so ranking and bulk choices follow.
  function update(id: string, change: Partial<Pick<OfficeRow, 'state' | 'revision' | 'score'>>) {
    if (data.value) data.value = data.value.map(r => (r.id === id ? { ...r, ...change } : r))
  }
  function report(id: string, outcome: RowOutcome) {
    outcomes.value = { ...outcomes.value, [id]: outcome }
  }
  return { ranked, outcomes, update, report, refresh }
}
