import { behaviourForm } from './behaviour'

/** Level 3 (behaviour), the supervisor's view of the same behaviours, in the third person. */
export const BEHAVIOUR_SUPERVISOR_FORM = behaviourForm('supervisor')
