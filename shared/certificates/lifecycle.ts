/**
 * Certificates and their templates: states and steps, one table for the service, the pages and the tests. The
 * database holds the same steps (public.certificate_transitions and public.certificate_template_transitions;
 * tests/db/certificates.test.ts keeps them equal).
 */
export const CERTIFICATE_STATES = ['draft', 'pending', 'issued', 'revoked', 'superseded'] as const
export type CertificateState = typeof CERTIFICATE_STATES[number]

export const TEMPLATE_STATES = ['draft', 'active', 'archived'] as const
export type CertificateTemplateState = typeof TEMPLATE_STATES[number]

export const CERTIFICATE_SOURCES = ['activity', 'mobility', 'conference', 'manual'] as const
export type CertificateSource = typeof CERTIFICATE_SOURCES[number]

/** What a template may show besides its title (private.certificate_fields() in the database). */
export const CERTIFICATE_FIELDS = ['native_name', 'latin_name', 'programme', 'hours', 'credits', 'dates', 'outcomes'] as const
export type CertificateField = typeof CERTIFICATE_FIELDS[number]

/** What the public verification page says of a certificate. */
export const PUBLIC_STATUSES = ['valid', 'revoked', 'superseded', 'expired'] as const
export type PublicStatus = typeof PUBLIC_STATUSES[number]

export interface CertificateTransition { action: string; from: CertificateState; to: CertificateState; byDatabase: boolean }

/** 'issue' and 'supersede' are the database's: on the last matching approval, and when a correction is issued. */
export const CERTIFICATE_TRANSITIONS: readonly CertificateTransition[] = [
  { action: 'submit', from: 'draft', to: 'pending', byDatabase: false },
  { action: 'return', from: 'pending', to: 'draft', byDatabase: false },
  { action: 'issue', from: 'pending', to: 'issued', byDatabase: true },
  { action: 'revoke', from: 'issued', to: 'revoked', byDatabase: false },
  { action: 'supersede', from: 'issued', to: 'superseded', byDatabase: true },
]

export const TEMPLATE_TRANSITIONS = [
  { action: 'activate', from: 'draft', to: 'active' },
  { action: 'archive', from: 'active', to: 'archived' },
  { action: 'reactivate', from: 'archived', to: 'active' },
] as const satisfies readonly { action: string; from: CertificateTemplateState; to: CertificateTemplateState }[]

export function certificateStep(action: string, from: CertificateState) {
  return CERTIFICATE_TRANSITIONS.find(t => t.action === action && t.from === from && !t.byDatabase) ?? null
}

/** Conference submission states whose conference contribution earns a certificate. */
export const ACCEPTED_SUBMISSION_STATES = ['accepted', 'accepted_with_revisions', 'camera_ready', 'scheduled'] as const

/** A serial as the database renders it (private.next_certificate_serial), for previews. */
export function renderSerial(scheme: string, year: number, n: number): string {
  const width = Number(/\{SEQ:([1-9])\}/.exec(scheme)?.[1] ?? 1)
  return scheme.replace('{YYYY}', String(year)).replace(/\{SEQ:[1-9]\}/, String(n).padStart(width, '0'))
}
