import { behaviourForm } from './behaviour'

/** Level 3 (behaviour), the participant's own view, some weeks after the training. */
export const BEHAVIOUR_SELF_FORM = behaviourForm('self')
