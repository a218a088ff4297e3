import type { LocalizedText } from '#shared/localized-text'
import type { ChecklistKey, ProgramType } from '#shared/mobility/vocabulary'
import type { Eligibility, RequiredDocument } from '#shared/schemas/mobility'

/** A call as GET /api/mobility/calls/:id gives it: its places per sending institution and its program. */
export interface MobilityCall {
  id: string
  title: LocalizedText
  opens_at: string
  closes_at: string
  time_zone: string
  academic_year: string
  places: { sending_institution_id: string; places: number }[]
  program: {
    id: string
    type: ProgramType
    title: LocalizedText
    description: LocalizedText
    host_institution_id: string
    starts_on: string
    ends_on: string
    eligibility: Eligibility
    required_documents: RequiredDocument[]
    costs: LocalizedText
    funding: LocalizedText
    checklist: { key: ChecklistKey; required: boolean }[]
    sendingInstitutionIds: string[]
  }
}

/** One call, public to everyone; pages await it. */
export function useMobilityCall(id: string) {
  return useFetch<MobilityCall>(`/api/mobility/calls/${id}`, { headers: useRequestHeaders(['cookie']) })
}
