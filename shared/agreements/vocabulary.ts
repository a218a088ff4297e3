import type { LocalizedText } from '../localized-text'

export const AGREEMENT_KINDS = ['bilateral', 'multilateral'] as const
export type AgreementKind = (typeof AGREEMENT_KINDS)[number]

export const AGREEMENT_STATES = [
  'draft', 'in_negotiation', 'awaiting_signatures', 'active', 'expiring', 'renewed', 'expired', 'terminated',
] as const
export type AgreementState = (typeof AGREEMENT_STATES)[number]

export const LEDGER_CATEGORIES = ['funding', 'equipment', 'staff_time', 'course', 'scholarship', 'travel', 'fee', 'other'] as const
export type LedgerCategory = (typeof LEDGER_CATEGORIES)[number]

/** The cooperation types the community's rules name; the mobility module maps its programs onto them. */
export const CONDITION_TYPES = ['student_study', 'student_traineeship', 'teacher_teaching', 'staff_training', 'joint_programme'] as const
export type ConditionType = (typeof CONDITION_TYPES)[number]

/** EQF levels and the Chinese levels they are usually compared with. */
export const STUDY_LEVELS = ['eqf_4', 'eqf_5', 'eqf_6', 'eqf_7', 'eqf_8', 'cn_secondary_vocational', 'cn_higher_vocational', 'cn_bachelor', 'cn_master', 'cn_doctorate'] as const
export type StudyLevel = (typeof STUDY_LEVELS)[number]

/** CEFR levels, and HSK levels for Chinese. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'HSK1', 'HSK2', 'HSK3', 'HSK4', 'HSK5', 'HSK6', 'HSK7', 'HSK8', 'HSK9'] as const
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number]

export const RESOURCE_KINDS = ['money', 'equipment', 'staff_hours', 'courses'] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

export interface ResourceInput {
  kind: ResourceKind
  /** Money in `unit` (an ISO currency); hours; number of courses or pieces of equipment. */
  amount: number
  unit: string
  description: LocalizedText
}

export interface PartyTerms {
  institutionId: string
  divisionOfLabour: LocalizedText
  resources: ResourceInput[]
}

export interface CooperationCondition {
  /** Stable across versions, so quotas used stay attached to the condition. */
  id: string
  type: ConditionType
  sendingInstitutionId: string
  receivingInstitutionId: string
  placesPerYear: number
  monthsPerPlace: number
  /** ISCED-F 2013 field code: 2, 3 or 4 digits, e.g. 0714 electronics and automation. */
  iscedCode: string
  level: StudyLevel
  language: string
  languageLevel: LanguageLevel
}

/** Everything a version of an agreement says. Parties' signatories live beside it, not in it. */
export interface AgreementContent {
  goals: LocalizedText
  scope: LocalizedText
  parties: PartyTerms[]
  ipTerms: LocalizedText
  benefitSharing: LocalizedText
  disputeResolution: LocalizedText
  startsOn: string
  endsOn: string
  autoRenew: boolean
  conditions: CooperationCondition[]
}

/** What a version stores and what approvals and signatures bind to: the title and the content. */
export interface VersionedContent extends AgreementContent {
  title: LocalizedText
}
