import type { Tx } from '../../db/as-user'
import { LA_PARTIES, type LearningAgreementParty } from '../../../shared/learning-agreements/lifecycle'
import { notify, type NoticeParam } from '../notifications/notify'
import { displayNames } from '../profiles/profiles'

type LaRow = { application_id: string; student_id: string; sending_institution_id: string; receiving_institution_id: string }

/**
 * Tells parties of a learning agreement (all three unless named) of a step: each in their own language, with the
 * student's name and a link to the learning agreement page. Whoever acted is never told (notify's rule).
 * `kind` is the mail template under mail.* (e.g. learningAgreements.proposed, recognition.decided).
 */
export async function tellParties(tx: Tx, la: LaRow, kind: string, params: Record<string, NoticeParam>, to: readonly LearningAgreementParty[] = LA_PARTIES) {
  const student = (await displayNames(tx, [la.student_id], 'learning agreement notice: the student\'s name')).get(la.student_id) ?? ''
  const staffOf = [...(to.includes('sending') ? [la.sending_institution_id] : []), ...(to.includes('receiving') ? [la.receiving_institution_id] : [])]
  await notify(tx, { users: to.includes('student') ? [la.student_id] : [], staffOf }, {
    kind, params: { student, ...params }, link: `/mobility/learning-agreement/${la.application_id}`,
  })
}
