import type { ApiItem, ApiReply } from './api'

/** Agreement replies as pages receive them, read from the routes (see ./api.ts); components take their props from here. */
export type AgreementDetail = ApiReply<'/api/agreements/:id'>
export type AgreementParty = AgreementDetail['parties'][number]
export type AgreementApproval = AgreementDetail['approvals'][number]
export type AgreementSignature = AgreementDetail['signatures'][number]
export type AgreementListed = ApiItem<'/api/agreements'>
export type AgreementLedger = ApiReply<'/api/agreements/:id/ledger'>
export type AgreementQuotaLine = ApiItem<'/api/agreements/:id/quotas'>
export type AgreementVersionListed = ApiItem<'/api/agreements/:id/versions'>
export type AgreementComparison = ApiReply<'/api/agreements/:id/compare'>
