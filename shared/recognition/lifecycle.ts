/**
 * Transcripts and recognition decisions: states and steps, one table for the service, the pages and the tests. The
 * database holds the same steps (public.recognition_transitions; tests/db/recognition.test.ts keeps them equal).
 */
export const TRANSCRIPT_STATES = ['draft', 'issued'] as const
export type TranscriptState = typeof TRANSCRIPT_STATES[number]

export const RESULT_STATUSES = ['passed', 'failed', 'not_taken'] as const
export type TranscriptResultStatus = typeof RESULT_STATUSES[number]

export const RECOGNITION_STATES = ['pending', 'recognized', 'refused', 'appealed', 'upheld', 'revised'] as const
export type RecognitionState = typeof RECOGNITION_STATES[number]

export const RECOGNITION_OUTCOMES = ['home_course', 'free_elective', 'not_recognized'] as const
export type RecognitionOutcome = typeof RECOGNITION_OUTCOMES[number]

export type RecognitionActor = 'student' | 'sending'

export interface RecognitionTransition { from: RecognitionState; to: RecognitionState; by: RecognitionActor }

export const RECOGNITION_TRANSITIONS: readonly RecognitionTransition[] = [
  { from: 'pending', to: 'recognized', by: 'sending' },
  { from: 'pending', to: 'refused', by: 'sending' },
  { from: 'recognized', to: 'appealed', by: 'student' },
  { from: 'refused', to: 'appealed', by: 'student' },
  { from: 'appealed', to: 'upheld', by: 'sending' },
  { from: 'appealed', to: 'revised', by: 'sending' },
]

export function recognitionStep(from: RecognitionState, to: RecognitionState) {
  return RECOGNITION_TRANSITIONS.find(t => t.from === from && t.to === to) ?? null
}

/** Why a decision has no converted grade (recognition.gradeNote.<key>). */
export const GRADE_NOTES = ['noTable', 'notGraded', 'passFail'] as const
export type GradeNote = typeof GRADE_NOTES[number]
