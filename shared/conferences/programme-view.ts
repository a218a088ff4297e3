import type { LocalizedText, ResolvedText } from '../localized-text'

/** The programme as the server sends it: texts resolved in the reader's language (a fallback says so). */
export interface ProgrammeSpeaker {
  personId: string | null
  name: string
  institution: string | null
  country: string
  isPresenter: boolean
}

export interface ProgrammeTalk {
  slotId: string
  submissionId: string
  position: number
  startsAt: string | null
  endsAt: string | null
  title: ResolvedText
  abstract: ResolvedText
  keywords: string[]
  type: string
  trackId: string | null
  language: string
  speakers: ProgrammeSpeaker[]
}

export interface ProgrammeSessionView {
  id: string
  title: ResolvedText
  titleMap: LocalizedText
  roomId: string | null
  room: ResolvedText | null
  trackId: string | null
  startsAt: string
  endsAt: string
  language: string
  interpretationLanguages: string[]
  chairs: { personId: string; name: string }[]
  talks: ProgrammeTalk[]
}

export interface ProgrammeView {
  conferenceId: string
  activityId: string
  title: ResolvedText
  timeZone: string
  publishedAt: string | null
  isChair: boolean
  tracks: { id: string; name: ResolvedText }[]
  sessions: ProgrammeSessionView[]
}
