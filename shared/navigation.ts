import { AGREEMENT_CREATOR_ROLES, STAFF_ROLES, TRANSLATOR_ROLES, type MemberRole } from './roles'

/**
 * The portal's navigation, in one place: the header, the phone menu, the footer and the dashboard's side menu read it,
 * and so do the tests that walk every page it lists (hydration, phone width, the share of English on public pages).
 */
export interface NavEntry { to: string; icon: string; labelKey: string; roles?: readonly MemberRole[] }

/** Public pages in the header (and the phone menu), for everyone. */
export const PUBLIC_NAV: readonly NavEntry[] = [
  { to: '/institutions', icon: 'i-lucide-building-2', labelKey: 'nav.institutions' },
  { to: '/mobility/calls', icon: 'i-lucide-megaphone', labelKey: 'nav.calls' },
  { to: '/activities', icon: 'i-lucide-presentation', labelKey: 'nav.activities' },
  { to: '/calendar', icon: 'i-lucide-calendar-days', labelKey: 'calendar.view.nav' },
]

/** Public pages in the footer of every page. */
export const FOOTER_NAV: readonly NavEntry[] = [
  { to: '/terms', icon: 'i-lucide-file-text', labelKey: 'privacy.links.terms' },
  { to: '/privacy', icon: 'i-lucide-shield', labelKey: 'privacy.links.privacy' },
  { to: '/verify', icon: 'i-lucide-badge-check', labelKey: 'credentialCheck.title' },
]

/** A signed-in person's pages by role (the dashboard's side menu): an entry without roles is for everyone signed in. */
export const DASHBOARD_NAV: readonly NavEntry[] = [
  { to: '/dashboard', icon: 'i-lucide-layout-dashboard', labelKey: 'nav.overview' },
  { to: '/mobility/applications', icon: 'i-lucide-plane', labelKey: 'nav.myApplications', roles: ['student', 'teacher'] },
  { to: '/mobility/office', icon: 'i-lucide-inbox', labelKey: 'nav.mobilityOffice', roles: STAFF_ROLES },
  { to: '/calendar/mine', icon: 'i-lucide-calendar-check', labelKey: 'calendar.registration.mine.title' },
  { to: '/evaluation', icon: 'i-lucide-clipboard-check', labelKey: 'evaluation.respond.mine.title' },
  { to: '/certificates/mine', icon: 'i-lucide-badge-check', labelKey: 'nav.myCertificates' },
  { to: '/certificates', icon: 'i-lucide-award', labelKey: 'nav.certificatesOffice', roles: STAFF_ROLES },
  { to: '/conferences', icon: 'i-lucide-presentation', labelKey: 'nav.conferences' },
  { to: '/mobility/emergency', icon: 'i-lucide-siren', labelKey: 'nav.emergency', roles: STAFF_ROLES },
  { to: '/agreements', icon: 'i-lucide-handshake', labelKey: 'nav.agreements', roles: AGREEMENT_CREATOR_ROLES },
  { to: '/dashboard/translations', icon: 'i-lucide-languages', labelKey: 'nav.translations', roles: TRANSLATOR_ROLES },
  { to: '/governance', icon: 'i-lucide-landmark', labelKey: 'nav.governance' },
  { to: '/calendar', icon: 'i-lucide-calendar-days', labelKey: 'calendar.view.nav' },
  { to: '/calendar/plan', icon: 'i-lucide-calendar-range', labelKey: 'calendar.plan.nav' },
  { to: '/evaluation/forms', icon: 'i-lucide-clipboard-list', labelKey: 'evaluation.builder.list.title', roles: [...STAFF_ROLES, 'secretariat'] },
  { to: '/notifications', icon: 'i-lucide-bell', labelKey: 'nav.notifications' },
  { to: '/dashboard/files', icon: 'i-lucide-files', labelKey: 'nav.files' },
  { to: '/profile', icon: 'i-lucide-user-cog', labelKey: 'nav.profile' },
  { to: '/admin/users', icon: 'i-lucide-users', labelKey: 'nav.users', roles: ['secretariat'] },
  { to: '/admin/join-requests', icon: 'i-lucide-user-plus', labelKey: 'nav.joinRequests', roles: ['secretariat'] },
  { to: '/admin/outbox', icon: 'i-lucide-mail', labelKey: 'nav.outbox', roles: ['secretariat'] },
  { to: '/admin/audit', icon: 'i-lucide-scroll-text', labelKey: 'nav.audit', roles: ['secretariat'] },
  { to: '/calendar/holidays', icon: 'i-lucide-calendar-off', labelKey: 'calendar.holidays.nav', roles: ['secretariat'] },
  { to: '/calendar/periods', icon: 'i-lucide-calendar-range', labelKey: 'calendar.periods.nav', roles: [...STAFF_ROLES, 'secretariat'] },
]
