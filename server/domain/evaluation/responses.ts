import { createHash, randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import { validateAnswers, type Answers } from '../../../shared/evaluation/answers'
import type { FormDefinition } from '../../../shared/evaluation/form-definition'
import type { LocaleCode } from '../../../shared/locales'
import type { AnswersSaveInput, ResponseOpenInput } from '../../../shared/schemas/evaluation'
import { readAnswers, writeAnswers } from './answer-rows'
import { answersRefused, isOpen, storedDefinition } from './definition'

/** What the renderer gets: the form, the answers so far, and for an anonymous instance the key to resume with. */
export interface ResponseView {
  instance_id: string
  anonymous: boolean
  locale: string
  submitted_at: Date | null
  definition: FormDefinition
  answers: Answers
  resume_key: string | null
}

interface Context {
  instance: { id: string; version_id: string; anonymous: boolean }
  form: FormDefinition
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** The instance and its form, as the invited person reads them: 404 when they cannot see it, 403 when not invited. */
async function context(tx: Tx, actor: Actor, instanceId: string): Promise<Context> {
  const instance = await tx.selectFrom('evaluation_instances').select(['id', 'version_id', 'anonymous']).where('id', '=', instanceId).executeTakeFirst()
  if (!instance) fail(404, 'evaluation.errors.instanceNotFound')
  const invited = await tx.selectFrom('evaluation_invitations').select('id').where('instance_id', '=', instanceId).where('person_id', '=', actor.id).executeTakeFirst()
  if (!invited) fail(403, 'evaluation.errors.notInvited')
  const version = await tx.selectFrom('evaluation_form_versions').select('definition').where('id', '=', instance.version_id).executeTakeFirstOrThrow()
  return { instance, form: storedDefinition(version.definition) }
}

async function participated(tx: Tx, actor: Actor, instanceId: string): Promise<boolean> {
  return Boolean(await tx.selectFrom('evaluation_participation').select('person_id')
    .where('instance_id', '=', instanceId).where('person_id', '=', actor.id).executeTakeFirst())
}

const RESPONSE_COLUMNS = ['id', 'locale', 'submitted_at'] as const

/**
 * The person's one response to a named instance, made if missing and locked for this transaction: saves of the same
 * person run one after the other (the unique (instance, person) and the lock), so 50 at once leave one response.
 */
async function namedResponse(tx: Tx, actor: Actor, ctx: Context, locale: LocaleCode) {
  const existing = await tx.selectFrom('evaluation_responses').select(RESPONSE_COLUMNS)
    .where('instance_id', '=', ctx.instance.id).where('person_id', '=', actor.id).executeTakeFirst()
  if (existing?.submitted_at) fail(409, 'evaluation.errors.alreadySubmitted')
  if (!existing) {
    await tx.insertInto('evaluation_responses').values({ instance_id: ctx.instance.id, version_id: ctx.instance.version_id, person_id: actor.id, locale })
      .onConflict(oc => oc.columns(['instance_id', 'person_id']).doNothing()).execute()
  }
  const locked = await tx.selectFrom('evaluation_responses').select(RESPONSE_COLUMNS)
    .where('instance_id', '=', ctx.instance.id).where('person_id', '=', actor.id).forUpdate().executeTakeFirst()
  // Submitted by a concurrent request while this one waited for the lock.
  if (!locked || locked.submitted_at) fail(409, 'evaluation.errors.alreadySubmitted')
  return locked
}

/** An anonymous response, found by its resume key or started with a new one; written on the service path (no person on it). */
async function anonymousResponse(svc: Tx, ctx: Context, locale: LocaleCode, resumeKey: string | undefined) {
  if (resumeKey) {
    const found = await svc.selectFrom('evaluation_responses').select(RESPONSE_COLUMNS)
      .where('instance_id', '=', ctx.instance.id).where('resume_hash', '=', hashOf(resumeKey)).forUpdate().executeTakeFirst()
    if (found?.submitted_at) fail(409, 'evaluation.errors.alreadySubmitted')
    if (found) return { ...found, resumeKey }
  }
  const key = randomBytes(32).toString('base64url')
  const row = await svc.insertInto('evaluation_responses')
    .values({ instance_id: ctx.instance.id, version_id: ctx.instance.version_id, person_id: null, resume_hash: hashOf(key), locale })
    .returning(RESPONSE_COLUMNS).executeTakeFirstOrThrow()
  return { ...row, resumeKey: key }
}

async function refuseUnlessOpen(tx: Tx, instanceId: string) {
  if (!(await isOpen(tx, instanceId))) fail(409, 'evaluation.errors.closed')
}

/**
 * Opens the person's response: the form and what they answered so far, in the locale they answer in. A submitted
 * named response is shown read-only; an anonymous instance the person took part in is refused (409).
 */
export async function openResponse(tx: Tx, actor: Actor, instanceId: string, input: ResponseOpenInput): Promise<ResponseView> {
  const ctx = await context(tx, actor, instanceId)
  const base = { instance_id: instanceId, anonymous: ctx.instance.anonymous, definition: ctx.form }
  if (!ctx.instance.anonymous) {
    const existing = await tx.selectFrom('evaluation_responses').select(RESPONSE_COLUMNS)
      .where('instance_id', '=', instanceId).where('person_id', '=', actor.id).executeTakeFirst()
    if (existing?.submitted_at) {
      return { ...base, locale: existing.locale, submitted_at: existing.submitted_at, answers: await readAnswers(tx, ctx.form, existing.id), resume_key: null }
    }
    await refuseUnlessOpen(tx, instanceId)
    const response = await namedResponse(tx, actor, ctx, input.locale)
    if (response.locale !== input.locale) {
      await tx.updateTable('evaluation_responses').set({ locale: input.locale, updated_at: new Date() }).where('id', '=', response.id).execute()
    }
    return { ...base, locale: input.locale, submitted_at: null, answers: await readAnswers(tx, ctx.form, response.id), resume_key: null }
  }
  if (await participated(tx, actor, instanceId)) fail(409, 'evaluation.errors.alreadySubmitted')
  await refuseUnlessOpen(tx, instanceId)
  return elevated(tx, 'anonymous evaluation response', async (svc) => {
    const response = await anonymousResponse(svc, ctx, input.locale, input.resumeKey)
    if (response.locale !== input.locale) {
      await svc.updateTable('evaluation_responses').set({ locale: input.locale, updated_at: new Date() }).where('id', '=', response.id).execute()
    }
    return { ...base, locale: input.locale, submitted_at: null, answers: await readAnswers(svc, ctx.form, response.id), resume_key: response.resumeKey }
  })
}

/** The stored answers with the sent ones laid over them (a null clears one), checked as a draft or in full. */
function merged(form: FormDefinition, stored: Answers, sent: Answers, partial: boolean): Answers {
  const result = validateAnswers(form, { ...stored, ...sent }, { partial })
  if (!result.ok) answersRefused(result.issues)
  return result.answers
}

/**
 * Saves answers (a draft) or submits them (full validation, then final). Answers to a named instance are written as
 * the person (RLS: their own, unsubmitted, while open). An anonymous instance's answers are written on the service
 * path without a person, and at submission the person's participation is recorded apart, in the same transaction.
 */
async function store(tx: Tx, actor: Actor, instanceId: string, input: AnswersSaveInput, submit: boolean): Promise<ResponseView> {
  const ctx = await context(tx, actor, instanceId)
  await refuseUnlessOpen(tx, instanceId)
  const base = { instance_id: instanceId, anonymous: ctx.instance.anonymous, definition: ctx.form }
  if (!ctx.instance.anonymous) {
    const response = await namedResponse(tx, actor, ctx, input.locale ?? 'en')
    const answers = merged(ctx.form, await readAnswers(tx, ctx.form, response.id), input.answers, !submit)
    await writeAnswers(tx, ctx.form, response.id, answers)
    const locale = input.locale ?? response.locale
    const row = await tx.updateTable('evaluation_responses')
      .set({ locale, updated_at: new Date(), ...(submit ? { submitted_at: new Date() } : {}) })
      .where('id', '=', response.id).returning(['submitted_at']).executeTakeFirstOrThrow()
    return { ...base, locale, submitted_at: row.submitted_at, answers, resume_key: null }
  }
  if (await participated(tx, actor, instanceId)) fail(409, 'evaluation.errors.alreadySubmitted')
  return elevated(tx, 'anonymous evaluation answers', async (svc) => {
    const response = await anonymousResponse(svc, ctx, input.locale ?? 'en', input.resumeKey)
    const answers = merged(ctx.form, await readAnswers(svc, ctx.form, response.id), input.answers, !submit)
    await writeAnswers(svc, ctx.form, response.id, answers)
    const locale = input.locale ?? response.locale
    const row = await svc.updateTable('evaluation_responses')
      .set({ locale, updated_at: new Date(), ...(submit ? { submitted_at: new Date() } : {}) })
      .where('id', '=', response.id).returning(['submitted_at']).executeTakeFirstOrThrow()
    if (submit) {
      // The person took part; nothing here says which response is theirs.
      const took = await svc.insertInto('evaluation_participation').values({ instance_id: instanceId, person_id: actor.id })
        .onConflict(oc => oc.doNothing()).returning('person_id').executeTakeFirst()
      if (!took) fail(409, 'evaluation.errors.alreadySubmitted')
    }
    return { ...base, locale, submitted_at: row.submitted_at, answers, resume_key: submit ? null : response.resumeKey }
  })
}

export const saveAnswers = (tx: Tx, actor: Actor, instanceId: string, input: AnswersSaveInput) => store(tx, actor, instanceId, input, false)
export const submitResponse = (tx: Tx, actor: Actor, instanceId: string, input: AnswersSaveInput) => store(tx, actor, instanceId, input, true)

/** How many responses an instance has, submitted and in progress (for its managers; RLS hides others' rows). */
export async function responseCounts(tx: Tx, instanceId: string) {
  const { rows } = await sql<{ submitted: number; partial: number }>`
    select count(*) filter (where submitted_at is not null)::int as submitted, count(*) filter (where submitted_at is null)::int as partial
    from public.evaluation_responses where instance_id = ${instanceId}`.execute(tx)
  return rows[0] ?? { submitted: 0, partial: 0 }
}
