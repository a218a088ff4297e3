import { createHash, randomBytes } from 'node:crypto'
import { asService, type Actor } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import type { EvaluationTiming } from '../../shared/evaluation/vocabulary'
import { openActivity, peopleOf, registerSelf, type ActivitySetup } from './registration-fixtures'

/** A small reaction form as the contract writes one: a 5-point Likert, an NPS and a free text. */
export const REACTION_DEFINITION = {
  schema: 'portal.evaluation-form/1',
  title: { en: 'How was the training?', zh: '培训怎么样？' },
  purpose: 'reaction',
  level: 1,
  sections: [{
    id: 'main',
    title: { en: 'Your view', zh: '您的看法' },
    questions: [
      {
        id: 'useful', type: 'likert', required: true, points: 5, text: { en: 'The training was useful', zh: '培训很有用' },
        labels: ['1', '2', '3', '4', '5'].map(n => ({ en: n, zh: n })),
      },
      { id: 'recommend', type: 'nps', required: true, text: { en: 'Would you recommend it?', zh: '您会推荐吗？' } },
      { id: 'comment', type: 'text', required: false, long: true, maxLength: 2000, text: { en: 'Anything else?', zh: '还有什么？' } },
    ],
  }],
}

export interface EvaluationSetup extends ActivitySetup {
  formId: string
  versionId: string
  instanceId: string
  /** Confirmed registrants of the activity, invited to the instance. */
  students: Actor[]
  /** Personal link secrets, by student id. */
  tokens: Map<string, string>
}

export const tokenHash = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** A form of the organiser's institution with one published version (service path: fixtures only). */
export async function publishedForm(db: Db, institutionId: string, createdBy: string, definition: object = REACTION_DEFINITION) {
  return asService(db, 'test fixture', async (tx) => {
    const form = await tx.insertInto('evaluation_forms').values({
      institution_id: institutionId, created_by: createdBy, title: JSON.stringify({ en: 'Reaction', zh: '反应' }), purpose: 'reaction', level: 1,
    }).returning('id').executeTakeFirstOrThrow()
    const version = await tx.insertInto('evaluation_form_versions').values({ form_id: form.id, definition: JSON.stringify(definition) })
      .returning('id').executeTakeFirstOrThrow()
    await tx.updateTable('evaluation_form_versions').set({ state: 'published' }).where('id', '=', version.id).execute()
    return { formId: form.id, versionId: version.id }
  })
}

export interface InstanceOptions {
  anonymous?: boolean
  timing?: EvaluationTiming
  offsetDays?: number
  /** An explicit window (default: opened yesterday, closing in a week); null leaves it to the activity. */
  window?: { opensAt: Date; closesAt: Date | null } | null
  reminderDays?: number
}

interface InstanceTarget { formId: string; versionId: string; activityId: string; createdBy: string }

export async function attachInstance(db: Db, setup: InstanceTarget, options: InstanceOptions = {}) {
  const window = options.window === undefined
    ? { opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 7 * 86_400_000) }
    : options.window
  return (await asService(db, 'test fixture', tx => tx.insertInto('evaluation_instances').values({
    form_id: setup.formId, version_id: setup.versionId, target: 'activity', activity_id: setup.activityId,
    timing: options.timing ?? 'after', offset_days: options.offsetDays ?? 0, anonymous: options.anonymous ?? false,
    opens_at: window?.opensAt ?? null, closes_at: window?.closesAt ?? null, reminder_days: options.reminderDays ?? 3, created_by: setup.createdBy,
  }).returning('id').executeTakeFirstOrThrow())).id
}

/** Invites people to an instance as the invitation job does; returns each one's secret. */
export async function invite(db: Db, instanceId: string, people: Actor[]): Promise<Map<string, string>> {
  const tokens = new Map(people.map(p => [p.id, randomBytes(32).toString('base64url')]))
  if (people.length) {
    await asService(db, 'test fixture', tx => tx.insertInto('evaluation_invitations')
      .values(people.map(p => ({ instance_id: instanceId, person_id: p.id, token_hash: tokenHash(tokens.get(p.id)!) }))).execute())
  }
  return tokens
}

/** An activity with `students` confirmed registrants of its first partner, a published reaction form and an open instance. */
export async function evaluationSetup(db: Db, options: InstanceOptions & { students?: number } = {}): Promise<EvaluationSetup> {
  const act = await openActivity(db, { capacity: 200 })
  const students = await peopleOf(db, act.partners[0]!, options.students ?? 2)
  for (const s of students) await registerSelf(db, s, act.activityId)
  const { formId, versionId } = await publishedForm(db, act.organiserInstitution, act.organiser.id)
  const instanceId = await attachInstance(db, { formId, versionId, activityId: act.activityId, createdBy: act.organiser.id }, options)
  const tokens = await invite(db, instanceId, students)
  return { ...act, formId, versionId, instanceId, students, tokens }
}
