/** What an activity is: the calendar's kinds (the conferences issue adds calls for abstracts on top of 'conference'). */
export const ACTIVITY_KINDS = ['training', 'cultural', 'seminar', 'webinar', 'study_visit', 'conference'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

export const ACTIVITY_STATES = ['draft', 'published', 'registration_open', 'closed', 'held', 'evaluated', 'cancelled'] as const
export type ActivityState = (typeof ACTIVITY_STATES)[number]

/** Where it happens: at a venue, online, or both. */
export const VENUE_MODES = ['physical', 'online', 'hybrid'] as const
export type VenueMode = (typeof VENUE_MODES)[number]

export const REGISTRATION_STATES = ['confirmed', 'waitlisted', 'offered', 'cancelled', 'declined', 'expired'] as const
export type RegistrationState = (typeof REGISTRATION_STATES)[number]

/** Questions an organiser may ask at registration; the answers are the organisers' only. */
export const REGISTRATION_QUESTIONS = ['dietary', 'visa_letter', 'accessibility'] as const
export type RegistrationQuestion = (typeof REGISTRATION_QUESTIONS)[number]

/** An activity shows in public lists and feeds in these states. */
export const PUBLIC_ACTIVITY_STATES: readonly ActivityState[] = ['published', 'registration_open', 'closed', 'held', 'evaluated', 'cancelled']
/** Its sessions may still be scheduled, moved or cancelled in these states. */
export const SCHEDULABLE_STATES: readonly ActivityState[] = ['draft', 'published', 'registration_open', 'closed']
