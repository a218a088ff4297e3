import type { ApiReply } from './api'

/** Governance replies as pages receive them, read from the routes (see ./api.ts); components take their props from here. */
export type GovernanceBody = ApiReply<'/api/governance/bodies/:id'>
export type BodyMember = GovernanceBody['members'][number]
export type GovernanceMeeting = ApiReply<'/api/governance/meetings/:id'>
export type MeetingDecision = GovernanceMeeting['decisions'][number]
