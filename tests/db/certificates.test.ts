import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { enqueueBatch, runBatch } from '../../server/domain/certificates/batch'
import {
  certificateStepBy, certificateView, issueCertificate, myCertificates, pendingApprovals, verifyCertificate,
} from '../../server/domain/certificates/certificates'
import { findTemplate, saveTemplate, stepTemplate, templatePreview } from '../../server/domain/certificates/templates'
import { CERTIFICATE_TRANSITIONS, TEMPLATE_TRANSITIONS } from '../../shared/certificates/lifecycle'
import { templateSchema, type CertificateSourceInput } from '../../shared/schemas/certificates'
import { decisionSchema } from '../../shared/schemas/conferences'
import { assignReviewer, decide } from '../../server/domain/conferences/reviews'
import { certificateParties } from './certificate-fixtures'
import { createPerson } from './helpers'
import { applicationIn, openExchange } from './mobility-fixtures'
import { acceptedReviewer, conferenceWorld, submissionBy } from './conference-fixtures'
import { registerSelf, type ActivitySetup } from './registration-fixtures'
import { personWithRole, probeAs, rowsChanged } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
let w: ActivitySetup, owner: Actor, partner: Actor, outsider: Actor, holder: Actor, templateId: string
const status = (error: unknown) => (error as { statusCode?: number }).statusCode
const key = (error: unknown) => (error as { data?: { key?: string } }).data?.key
async function refusal(fn: () => Promise<unknown>): Promise<unknown> {
  try { await fn() }
  catch (error) { return error }
  throw new Error('expected a refusal')
}
const template = (overrides: Record<string, unknown> = {}) => templateSchema.parse({
  ownerInstitutionId: w.organiserInstitution, languages: ['zh', 'th', 'en'],
  title: { zh: '联合培训证书', th: 'ประกาศนียบัตรการฝึกอบรมร่วม', en: 'Joint training certificate' },
  programme: { zh: '跨文化培训', th: 'การอบรมข้ามวัฒนธรรม', en: 'Cross-cultural training' },
  outcomes: { en: 'Works in multicultural teams' }, hours: 24, shownFields: ['native_name', 'latin_name', 'programme', 'hours', 'dates'],
  validityMonths: null, serialScheme: 'CAEC-{YYYY}-{SEQ:5}',
  issuers: [
    { institutionId: w.organiserInstitution, signatoryName: { zh: '李明', en: 'Li Ming' }, signatoryTitle: { zh: '院长', en: 'Dean' } },
    { institutionId: w.partners[0], signatoryName: { th: 'สมชาย ใจดี', en: 'Somchai Jaidee' }, signatoryTitle: { en: 'Director' } },
  ],
  ...overrides,
})
const issue = (actor: Actor, source: CertificateSourceInput, extra: { submit?: boolean } = {}) =>
  asUser(db, actor, tx => issueCertificate(tx, actor, { templateId, source, submit: extra.submit ?? true }))
const view = (actor: Actor, id: string) => asUser(db, actor, tx => certificateView(tx, actor, id))
const step = (actor: Actor, id: string, action: Parameters<typeof certificateStepBy>[3]) => asUser(db, actor, tx => certificateStepBy(tx, actor, id, action))
const approveAll = async (id: string) => {
  const c = await view(owner, id)
  await step(owner, id, { action: 'approve', institutionId: w.organiserInstitution, contentHash: c.contentHash! })
  await step(partner, id, { action: 'approve', institutionId: w.partners[0]!, contentHash: c.contentHash! })
}
const row = (id: string) => asService(db, 'test check', tx => tx.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirstOrThrow())

beforeAll(async () => {
  ;({ handle, db, w, owner, partner, outsider, holder } = await certificateParties())
  templateId = await asUser(db, owner, tx => saveTemplate(tx, owner, template()))
  await asUser(db, owner, tx => stepTemplate(tx, owner, templateId, 'activate'))
})
afterAll(() => handle.close())

describe('the lifecycle', () => {
  it('the database holds the same steps as shared/certificates/lifecycle.ts', async () => {
    const steps = await asUser(db, null, tx => tx.selectFrom('certificate_transitions').selectAll().execute())
    expect(steps.map(s => `${s.action}:${s.from_state}>${s.to_state}:${s.by_database}`).sort())
      .toEqual(CERTIFICATE_TRANSITIONS.map(s => `${s.action}:${s.from}>${s.to}:${s.byDatabase}`).sort())
    const templateSteps = await asUser(db, null, tx => tx.selectFrom('certificate_template_transitions').selectAll().execute())
    expect(templateSteps.map(s => `${s.action}:${s.from_state}>${s.to_state}`).sort()).toEqual(TEMPLATE_TRANSITIONS.map(s => `${s.action}:${s.from}>${s.to}`).sort())
  })
})

describe('templates', () => {
  it('the owner and the co-issuers read a template, with a preview per locale; nobody else does', async () => {
    expect((await asUser(db, partner, tx => findTemplate(tx, templateId))).issuers.map(i => i.institutionId)).toEqual([w.organiserInstitution, w.partners[0]])
    const preview = await asUser(db, partner, tx => templatePreview(tx, templateId))
    expect(preview.pages.map(p => [p.locale, p.title.text])).toEqual([['zh', '联合培训证书'], ['th', 'ประกาศนียบัตรการฝึกอบรมร่วม'], ['en', 'Joint training certificate']])
    expect(preview.sampleSerial).toMatch(/^CAEC-\d{4}-00001$/)
    expect(status(await refusal(() => asUser(db, outsider, tx => findTemplate(tx, templateId))))).toBe(404)
    expect(await asUser(db, holder, tx => tx.selectFrom('certificate_templates').select('id').execute())).toEqual([])
  })
  it('only the owner\'s staff write a draft; an active template is not rewritten; activation needs the owner among the issuers', async () => {
    expect(status(await refusal(() => asUser(db, partner, tx => saveTemplate(tx, partner, template()))))).toBe(403)
    expect(rowsChanged(await probeAs(db, partner, tx => tx.updateTable('certificate_templates').set({ serial_scheme: 'X-{SEQ:3}' }).where('id', '=', templateId).executeTakeFirst()))).toBe(0)
    expect(status(await refusal(() => asUser(db, owner, tx => saveTemplate(tx, owner, { ...template(), id: templateId }))))).toBe(409)
    await expect(probeAs(db, owner, tx => tx.updateTable('certificate_templates').set({ hours: 3 }).where('id', '=', templateId).execute())).rejects.toThrow(/only a draft template/)
    const other = await asUser(db, owner, tx => saveTemplate(tx, owner, template({ issuers: [{ institutionId: w.partners[0], signatoryName: { en: 'S' } }] })))
    expect(key(await refusal(() => asUser(db, owner, tx => stepTemplate(tx, owner, other, 'activate'))))).toBe('certificates.errors.ownerNotIssuer')
    await expect(probeAs(db, outsider, tx => tx.insertInto('certificate_templates').values({
      owner_institution_id: w.organiserInstitution, languages: ['en', 'th'], title: JSON.stringify({ en: 'x' }), serial_scheme: 'A-{SEQ:3}', created_by: outsider.id,
    }).execute())).rejects.toThrow(/owner's staff|row-level security/)
  })
  it('refuses a serial scheme without one {SEQ:n} and languages outside two or three distinct ones', () => {
    for (const bad of [{ serialScheme: 'CAEC-{YYYY}' }, { serialScheme: 'A-{SEQ:2}-{SEQ:3}' }, { serialScheme: 'A {SEQ:3}' }, { languages: ['en'] }, { languages: ['en', 'en'] }]) {
      expect(templateSchema.safeParse({ ...template(), ...bad }).success, JSON.stringify(bad)).toBe(false)
    }
  })
})

describe('hash-bound approvals', () => {
  it('a certificate is issued only when every co-issuer approved its current hash; a stale hash is refused', async () => {
    const id = await issue(owner, { kind: 'manual', holderId: holder.id })
    const c = await view(owner, id)
    expect([c.state, c.serial, c.contentHash]).toEqual(['pending', expect.stringMatching(/^CAEC-\d{4}-\d{5}$/), expect.stringMatching(/^[0-9a-f]{64}$/)])
    expect(c.contentHash).toBe(await asService(db, 'test check', async tx => (await sql<{ h: string }>`select private.certificate_content_hash(${id}) as h`.execute(tx)).rows[0]!.h))
    // The holder does not see it before it is issued; an unrelated office never.
    expect(status(await refusal(() => view(holder, id)))).toBe(404)
    expect(status(await refusal(() => view(outsider, id)))).toBe(404)
    const stale = 'a'.repeat(64)
    expect(key(await refusal(() => step(owner, id, { action: 'approve', institutionId: w.organiserInstitution, contentHash: stale })))).toBe('certificates.errors.hashMismatch')
    await expect(probeAs(db, owner, tx => tx.insertInto('certificate_approvals').values({ certificate_id: id, institution_id: w.organiserInstitution, content_hash: stale, approved_by: owner.id }).execute()))
      .rejects.toThrow(/hash is not the certificate's/)
    // Approving for another institution: the service says 403, the database refuses.
    expect(status(await refusal(() => step(owner, id, { action: 'approve', institutionId: w.partners[0]!, contentHash: c.contentHash! })))).toBe(403)
    await expect(probeAs(db, owner, tx => tx.insertInto('certificate_approvals').values({ certificate_id: id, institution_id: w.partners[0]!, content_hash: c.contentHash!, approved_by: owner.id }).execute()))
      .rejects.toThrow(/row-level security|staff approve/)
    await step(owner, id, { action: 'approve', institutionId: w.organiserInstitution, contentHash: c.contentHash! })
    expect((await row(id)).state).toBe('pending')
    expect((await asUser(db, partner, tx => pendingApprovals(tx, partner))).map(p => p.id)).toContain(id)
    expect((await asUser(db, owner, tx => pendingApprovals(tx, owner))).map(p => p.id)).not.toContain(id)
    // Nobody forces the state by hand.
    await expect(probeAs(db, owner, tx => tx.updateTable('certificates').set({ state: 'issued' }).where('id', '=', id).execute())).rejects.toThrow(/every co-issuer approved/)
    await step(partner, id, { action: 'approve', institutionId: w.partners[0]!, contentHash: c.contentHash! })
    const issued = await view(holder, id)
    expect([issued.state, issued.status, issued.issuedAt !== null, issued.isHolder]).toEqual(['issued', 'valid', true, true])
    expect((await asUser(db, holder, tx => myCertificates(tx, holder))).map(m => m.id)).toEqual([id])
    const notices = await asService(db, 'test check', tx => tx.selectFrom('notifications').select('kind').where('user_id', '=', holder.id).execute())
    expect(notices.map(n => n.kind)).toContain('certificates.issued')
    // Issued content never changes.
    await expect(probeAs(db, owner, tx => tx.updateTable('certificates').set({ holder_name_latin: 'Someone else' }).where('id', '=', id).execute())).rejects.toThrow(/never changes/)
  })
  it('a pending certificate returned for changes gets a new hash; approvals of the old one no longer count', async () => {
    const id = await issue(owner, { kind: 'manual', holderId: holder.id })
    const first = (await view(owner, id)).contentHash!
    await step(owner, id, { action: 'approve', institutionId: w.organiserInstitution, contentHash: first })
    await step(partner, id, { action: 'return' })
    await step(partner, id, { action: 'edit', names: { native: 'ສົມພອນ', latin: 'Somphone' } })
    await step(partner, id, { action: 'submit' })
    const second = await view(owner, id)
    expect(second.contentHash).not.toBe(first)
    expect(second.serial).toBe((await row(id)).serial)
    expect(second.mayApproveFor).toEqual([w.organiserInstitution])
    await step(partner, id, { action: 'approve', institutionId: w.partners[0]!, contentHash: second.contentHash! })
    expect((await row(id)).state).toBe('pending')
    await step(owner, id, { action: 'approve', institutionId: w.organiserInstitution, contentHash: second.contentHash! })
    expect((await row(id)).state).toBe('issued')
  })
})

describe('serial numbers', () => {
  it('20 certificates submitted at once get numbers 1…n of their template and year, none repeated, none skipped', async () => {
    const t = await asUser(db, owner, tx => saveTemplate(tx, owner, template({ serialScheme: 'RACE-{YYYY}-{SEQ:3}' })))
    await asUser(db, owner, tx => stepTemplate(tx, owner, t, 'activate'))
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => createPerson(db, `racer${i}`)))
    const ids = await Promise.all(people.map((p, i) => {
      const actor = i % 2 ? partner : owner
      return asUser(db, actor, tx => issueCertificate(tx, actor, { templateId: t, source: { kind: 'manual', holderId: p.id }, submit: true }))
    }))
    const serials = await asService(db, 'test check', tx => tx.selectFrom('certificates').select('serial').where('id', 'in', ids).execute())
    const year = new Date().getFullYear()
    expect(serials.map(s => s.serial).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `RACE-${year}-${String(i + 1).padStart(3, '0')}`))
  })
})

describe('corrections and revocation', () => {
  it('a correction supersedes the old certificate only once it is issued; the public page then says superseded', async () => {
    const id = await issue(owner, { kind: 'manual', holderId: holder.id })
    await approveAll(id)
    const correction = (await step(owner, id, { action: 'correct', names: { native: 'ສົມພອນ ແກ້ວ', latin: 'Somphone Keo' }, submit: true }))!
    expect(correction).not.toBe(id)
    expect((await row(id)).state).toBe('issued')
    expect(key(await refusal(() => step(partner, id, { action: 'correct', submit: true })))).toBe('certificates.errors.correctionExists')
    await approveAll(correction)
    expect([(await row(id)).state, (await row(correction)).state]).toEqual(['superseded', 'issued'])
    const oldPublic = (await row(id)).public_id
    const old = await asUser(db, null, tx => verifyCertificate(tx, oldPublic))
    expect([old?.status, old?.supersededBy]).toEqual(['superseded', (await row(correction)).public_id])
  })
  it('any co-issuer\'s staff revokes with a reason; the change is audited and the holder told in their language', async () => {
    const id = await issue(owner, { kind: 'manual', holderId: holder.id })
    await approveAll(id)
    await expect(probeAs(db, partner, tx => tx.updateTable('certificates').set({ state: 'revoked' }).where('id', '=', id).execute())).rejects.toThrow(/says why/)
    expect(status(await refusal(() => step(outsider, id, { action: 'revoke', reason: 'x', language: 'en' })))).toBe(404)
    expect(rowsChanged(await probeAs(db, holder, tx => tx.updateTable('certificates').set({ state: 'revoked', revocation_reason: 'x', revocation_language: 'en' }).where('id', '=', id).executeTakeFirst()))).toBe(0)
    await step(partner, id, { action: 'revoke', reason: 'Issued by mistake: the holder did not complete the programme.', language: 'en' })
    const r = await row(id)
    expect([r.state, r.revoked_by, r.revocation_reason]).toEqual(['revoked', partner.id, 'Issued by mistake: the holder did not complete the programme.'])
    const audit = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['actor_id', 'action', 'after']).where('entity', '=', 'certificates')
      .where('entity_id', '=', id).orderBy('id').execute())
    // Issued twice over: the database's step, then the credential's status index set in the same transaction.
    expect(audit.map(a => (a.after as { state?: string } | null)?.state)).toEqual(['draft', 'pending', 'issued', 'issued', 'revoked'])
    expect(audit.at(-1)?.actor_id).toBe(partner.id)
    const mail = await asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['locale', 'subject']).where('to_user_id', '=', holder.id)
      .where('template', '=', 'certificates.revoked').execute())
    expect(mail.map(m => m.locale)).toEqual(['lo'])
    expect(mail[0]!.subject).toMatch(/[\u0E80-\u0EFF]/)
    const pub = await asUser(db, null, tx => verifyCertificate(tx, r.public_id))
    expect([pub?.status, pub?.revocationReason]).toEqual(['revoked', r.revocation_reason])
    expect(key(await refusal(() => step(owner, id, { action: 'revoke', reason: 'again', language: 'en' })))).toBe('certificates.errors.step')
  })
})

describe('the public lookup', () => {
  it('shows only what the certificate shows, to anyone; nothing for a draft or an unknown id', async () => {
    const draft = await issue(owner, { kind: 'manual', holderId: holder.id }, { submit: false })
    const draftPublic = (await row(draft)).public_id
    expect(await asUser(db, null, tx => verifyCertificate(tx, draftPublic))).toBeNull()
    expect(await asUser(db, null, tx => verifyCertificate(tx, '0'.repeat(40)))).toBeNull()
    const id = await issue(owner, { kind: 'manual', holderId: holder.id })
    await approveAll(id)
    const publicId = (await row(id)).public_id
    const found = await asUser(db, null, tx => verifyCertificate(tx, publicId))
    const text = JSON.stringify(found)
    expect(found?.status).toBe('valid')
    expect(text).not.toContain(holder.id)
    expect(text).not.toContain(holder.email)
    expect(text).not.toContain('logoFileId')
    expect(Object.keys(found!.fields).sort()).toEqual(['body', 'endsOn', 'hours', 'programme', 'startsOn'].filter(k => k in found!.fields).sort())
    expect(found!.fields).not.toHaveProperty('outcomes')
    // Anonymous readers get nothing from the tables themselves.
    expect(await asUser(db, null, tx => tx.selectFrom('certificates').select('id').execute().catch(() => []))).toEqual([])
  })
})

describe('eligibility', () => {
  it('from attendance: a confirmed registrant over the threshold of a held activity\'s sessions', async () => {
    const [keen, absent] = [await personWithRole(db, 'keen', w.partners[0]!, 'student'), await personWithRole(db, 'absent', w.partners[0]!, 'student')]
    const regs = [await registerSelf(db, keen, w.activityId), await registerSelf(db, absent, w.activityId)]
    expect(key(await refusal(() => issue(owner, { kind: 'activity', activityId: w.activityId, holderId: keen.id, threshold: 0.75 })))).toBe('certificates.errors.activityNotHeld')
    await asService(db, 'test fixture', async (tx) => {
      await sql`insert into public.activity_sessions (activity_id, time_zone, starts_at, ends_at)
        select ${w.activityId}, 'Asia/Bangkok', now() - (n || ' days')::interval, now() - (n || ' days')::interval + interval '2 hours' from generate_series(1, 3) n`.execute(tx)
      const sessions = await tx.selectFrom('activity_sessions').select('id').where('activity_id', '=', w.activityId).orderBy('starts_at').execute()
      await tx.insertInto('attendance').values(sessions.slice(0, 3).map(s => ({ registration_id: regs[0]!.id, session_id: s.id }))).execute()
      await tx.insertInto('attendance').values(sessions.slice(0, 1).map(s => ({ registration_id: regs[1]!.id, session_id: s.id }))).execute()
      await tx.updateTable('activities').set({ state: 'held' }).where('id', '=', w.activityId).execute()
    })
    const low = await refusal(() => issue(owner, { kind: 'activity', activityId: w.activityId, holderId: absent.id, threshold: 0.75 }))
    expect([key(low), (low as { data: { params: unknown } }).data.params]).toEqual(['certificates.errors.attendanceBelow', { attended: 1, total: 4, percent: 75 }])
    expect(key(await refusal(() => issue(owner, { kind: 'activity', activityId: w.activityId, holderId: holder.id, threshold: 0.5 })))).toBe('certificates.errors.notRegistered')
    const id = await issue(owner, { kind: 'activity', activityId: w.activityId, holderId: keen.id, threshold: 0.75 })
    const c = await view(owner, id)
    expect([c.source, c.fields.hours, c.fields.startsOn !== null]).toEqual([{ kind: 'activity', id: w.activityId }, 24, true])
    expect(key(await refusal(() => issue(partner, { kind: 'activity', activityId: w.activityId, holderId: keen.id, threshold: 0.75 })))).toBe('certificates.errors.alreadyIssued')
  })
  it('the batch job issues once per eligible registrant, however often it runs', async () => {
    const more = await Promise.all([0, 1, 2].map(i => personWithRole(db, `batch${i}`, w.partners[1]!, 'student')))
    for (const p of more) {
      const reg = await asService(db, 'test fixture', tx => tx.insertInto('registrations').values({
        activity_id: w.activityId, person_id: p.id, institution_id: w.partners[1]!, state: 'confirmed',
      } as never).returning('id').executeTakeFirstOrThrow())
      await asService(db, 'test fixture', async tx => tx.insertInto('attendance').values((await tx.selectFrom('activity_sessions').select('id')
        .where('activity_id', '=', w.activityId).execute()).map(s => ({ registration_id: reg.id, session_id: s.id }))).execute())
    }
    const queued = await asUser(db, partner, tx => enqueueBatch(tx, partner, { templateId, activityId: w.activityId, threshold: 0.75 }))
    expect(queued.jobId).toBeTruthy()
    expect(queued.eligible).toBe(4)
    const payload = { templateId, activityId: w.activityId, threshold: 0.75, requestedBy: partner.id }
    expect(await runBatch(db, payload)).toEqual({ created: 3, skipped: 1 })
    expect(await runBatch(db, payload)).toEqual({ created: 0, skipped: 4 })
    const made = await asService(db, 'test check', tx => tx.selectFrom('certificates').select(['holder_id', 'state']).where('source_id', '=', w.activityId).execute())
    expect(made.length).toBe(4)
    expect(made.every(m => m.state === 'pending')).toBe(true)
    const byOutsider = () => asUser(db, outsider, tx => enqueueBatch(tx, outsider, { templateId, activityId: w.activityId, threshold: 0.75 }))
    expect(status(await refusal(byOutsider))).toBe(404)
  })
  it('from a mobility: only a completed one, for a template its home or host co-issues', async () => {
    const ex = await openExchange(db, 5)
    const t = await asUser(db, ex.hostOffice, tx => saveTemplate(tx, ex.hostOffice, templateSchema.parse({
      ...template(), ownerInstitutionId: ex.host,
      issuers: [{ institutionId: ex.host, signatoryName: { en: 'Host dean' } }, { institutionId: ex.home, signatoryName: { en: 'Home dean' } }],
    })))
    await asUser(db, ex.hostOffice, tx => stepTemplate(tx, ex.hostOffice, t, 'activate'))
    const during = await applicationIn(db, ex, 'in_mobility', 'away')
    const done = await applicationIn(db, ex, 'completed', 'back')
    const go = (applicationId: string) => asUser(db, ex.homeOffice, tx => issueCertificate(tx, ex.homeOffice, { templateId: t, source: { kind: 'mobility', applicationId }, submit: true }))
    expect(key(await refusal(() => go(during.id)))).toBe('certificates.errors.mobilityNotCompleted')
    const id = await go(done.id)
    const r = await row(id)
    expect([r.holder_id, r.holder_name_latin, r.holder_name_native, r.fields.startsOn]).toEqual([done.student.id, 'Nguyen Thi Lan', 'Nguyễn Thị Lan', '2027-02-15'])
    expect(status(await refusal(() => issue(owner, { kind: 'mobility', applicationId: done.id })))).toBe(403)
  })
  it('from a conference: an author of an accepted contribution, for a template an organiser co-issues', async () => {
    const cw = await conferenceWorld(db)
    const t = await asUser(db, cw.chair, tx => saveTemplate(tx, cw.chair, templateSchema.parse({
      ...template(), ownerInstitutionId: cw.setup.organiser,
      issuers: [{ institutionId: cw.setup.organiser, signatoryName: { en: 'Chair' } }, { institutionId: cw.thaiCollege, signatoryName: { th: 'ผู้อำนวยการ' } }],
    })))
    await asUser(db, cw.chair, tx => stepTemplate(tx, cw.chair, t, 'activate'))
    const submissionId = await submissionBy(db, cw)
    const go = (holderId: string, actor = cw.chair) => asUser(db, actor, tx => issueCertificate(tx, actor, { templateId: t, source: { kind: 'conference', submissionId, holderId }, submit: false }))
    // Submitted, not yet accepted.
    expect(key(await refusal(() => go(cw.thaiAuthor.id)))).toBe('certificates.errors.notAccepted')
    const reviewerId = await acceptedReviewer(db, cw, cw.zhReviewer)
    await asUser(db, cw.chair, tx => assignReviewer(tx, { submissionId, reviewerId, dueAt: null }))
    await asUser(db, cw.chair, tx => decide(tx, submissionId, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' })))
    // Accepted: each author is eligible (the co-author too); someone who is not an author is not.
    expect(key(await refusal(() => go(cw.thaiColleague.id)))).toBe('certificates.errors.notAuthor')
    const id = await go(cw.vnCoauthor.id)
    const r = await row(id)
    // The dates are the conference's sessions' (15 and 16 March 2027).
    expect([r.holder_id, r.source_kind, r.source_id, r.holder_name_latin, r.fields.startsOn, r.fields.endsOn])
      .toEqual([cw.vnCoauthor.id, 'conference', submissionId, 'Nguyễn Văn An', '2027-03-15', '2027-03-16'])
    expect(key(await refusal(() => go(cw.vnCoauthor.id)))).toBe('certificates.errors.alreadyIssued')
    // A template none of whose co-issuers organises the conference does not apply.
    const foreign = await refusal(() => issue(owner, { kind: 'conference', submissionId, holderId: cw.thaiAuthor.id }))
    expect([status(foreign), key(foreign)]).toEqual([403, 'certificates.errors.notOrganiser'])
  })
})
