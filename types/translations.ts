import type { ApiReply } from './api'

/** The translation queue as the page receives it, read from its route (see ./api.ts). */
export type TranslationQueue = ApiReply<'/api/translations'>
export type TranslationQueueItem = TranslationQueue['items'][number]
export type TranslationProgress = TranslationQueue['progress'][number]
