/**
 * The notices a person accepts, and the version in force of each. Raising a version asks every
 * signed-in person to accept again (the banner) and is what a consent record names.
 */
export const NOTICE_VERSIONS = {
  terms: '2026-12-05',
  privacy: '2026-12-05',
} as const

export type NoticeDocument = keyof typeof NOTICE_VERSIONS
export const NOTICE_DOCUMENTS = Object.keys(NOTICE_VERSIONS) as NoticeDocument[]

/** The paragraphs of each notice, as keys under privacy.notices.<document>.* in the locale files. */
export const NOTICE_SECTIONS: Record<NoticeDocument, readonly string[]> = {
  terms: ['purpose', 'account', 'conduct', 'content', 'records', 'changes'],
  privacy: ['controller', 'collected', 'purposes', 'recipients', 'retention', 'rights', 'contact'],
}
