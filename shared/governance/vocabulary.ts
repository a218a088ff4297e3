export const BODY_KINDS = ['council', 'executive_committee', 'secretariat', 'working_group'] as const
export type BodyKind = (typeof BODY_KINDS)[number]

export const DECISION_STATUSES = ['open', 'done'] as const
export type DecisionStatus = (typeof DECISION_STATUSES)[number]

export const INSTITUTION_MEMBERSHIP_STATUSES = ['member', 'suspended', 'left'] as const
export type InstitutionMembershipStatus = (typeof INSTITUTION_MEMBERSHIP_STATUSES)[number]

export const JOIN_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number]
