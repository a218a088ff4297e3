import type { ApiItem, ApiReply } from './api'

/** Mobility replies as pages receive them, read from the routes (see ./api.ts); components take their props from here. */
export type MobilityCallDetail = ApiReply<'/api/mobility/calls/:id'>
export type MobilityApplication = ApiReply<'/api/mobility/applications/:id'>
export type ApplicationDocument = MobilityApplication['documents'][number]
export type ApplicationEvent = MobilityApplication['events'][number]
export type ApplicationPrivate = NonNullable<MobilityApplication['private']>
export type OfficeApplicationRow = ApiItem<'/api/mobility/applications'>
export type ChecklistItem = ApiItem<'/api/mobility/applications/:id/checklist'>
export type MobilityIncident = ApiItem<'/api/mobility/applications/:id/incidents'>
export type PersonAbroad = ApiItem<'/api/mobility/emergency'>
