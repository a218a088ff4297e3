import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { certificateStepBy, certificateView, issueCertificate, verifyCertificate } from '../../server/domain/certificates/certificates'
import { certificateFile, certificateVerifyUrl, checkCertificateFile } from '../../server/domain/certificates/documents'
import { saveTemplate, stepTemplate } from '../../server/domain/certificates/templates'
import { checkCredential } from '../../server/domain/credentials/credentials'
import type { VerificationReport } from '../../server/domain/credentials/verify'
import { erasedLabel, eraseAccount } from '../../server/domain/privacy/erase'
import { templateSchema } from '../../shared/schemas/certificates'
import { pdfText } from '../e2e/pdf-text'
import { certificateParties, logoPng, memoryFileStore, TEST_CREDENTIALS } from './certificate-fixtures'
import { createPerson } from './helpers'
import type { ActivitySetup } from './registration-fixtures'
import { createFileRow, PERMISSION_DENIED, probeAs } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
let w: ActivitySetup, owner: Actor, partner: Actor, outsider: Actor, holder: Actor, templateId: string, logoKey: string
const store = memoryFileStore()
const baseUrl = TEST_CREDENTIALS.baseUrl
const status = (error: unknown) => (error as { statusCode?: number }).statusCode
const key = (error: unknown) => (error as { data?: { key?: string } }).data?.key
async function refusal(fn: () => Promise<unknown>): Promise<unknown> {
  try { await fn() }
  catch (error) { return error }
  throw new Error('expected a refusal')
}
const step = (actor: Actor, id: string, action: Parameters<typeof certificateStepBy>[3]) => asUser(db, actor, tx => certificateStepBy(tx, actor, id, action))
const row = (id: string) => asService(db, 'test check', tx => tx.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
const stored = (id: string) => asService(db, 'test check', tx => tx.selectFrom('certificate_documents').selectAll().where('certificate_id', '=', id).executeTakeFirst())
const check = (input: unknown): Promise<VerificationReport> => asUser(db, null, tx => checkCredential(tx, baseUrl, input))
const failed = (report: VerificationReport) => report.checks.filter(c => !c.ok).map(c => c.check)
const fileCheck = (publicId: string, file: Parameters<typeof checkCertificateFile>[3]) =>
  asUser(db, null, tx => checkCertificateFile(tx, baseUrl, publicId, file))

/** Drafted for the holder with their names in two scripts, submitted, and approved by both co-issuers. */
async function issued(names = { native: '王小明', latin: 'Wang Xiaoming' }): Promise<string> {
  const id = await asUser(db, owner, tx => issueCertificate(tx, owner, { templateId, source: { kind: 'manual', holderId: holder.id }, names, submit: true }))
  const hash = (await row(id)).content_hash!
  await step(owner, id, { action: 'approve', institutionId: w.organiserInstitution, contentHash: hash })
  expect(await stored(id)).toBeUndefined()
  await step(partner, id, { action: 'approve', institutionId: w.partners[0]!, contentHash: hash })
  return id
}

beforeAll(async () => {
  ;({ handle, db, w, owner, partner, outsider, holder } = await certificateParties(store))
  // The owner's logo, a PNG in the file store.
  const logoId = await createFileRow(db, owner)
  const logo = await asService(db, 'test fixture', tx => tx.updateTable('files').set({ content_type: 'image/png' }).where('id', '=', logoId)
    .returning('storage_key').executeTakeFirstOrThrow())
  logoKey = logo.storage_key
  await store.put(logoKey, logoPng(), 'image/png')
  templateId = await asUser(db, owner, tx => saveTemplate(tx, owner, templateSchema.parse({
    ownerInstitutionId: w.organiserInstitution, languages: ['zh', 'th', 'en'],
    title: { zh: '联合培训证书', th: 'ประกาศนียบัตรการฝึกอบรมร่วม', en: 'Joint training certificate' },
    programme: { zh: '跨文化培训', en: 'Cross-cultural training' }, hours: 24,
    shownFields: ['native_name', 'latin_name', 'programme', 'hours', 'dates'], validityMonths: 24, serialScheme: 'LINK-{YYYY}-{SEQ:4}',
    issuers: [
      { institutionId: w.organiserInstitution, signatoryName: { zh: '李明', en: 'Li Ming' }, signatoryTitle: { zh: '院长', en: 'Dean' }, logoFileId: logoId },
      { institutionId: w.partners[0], signatoryName: { en: 'Somchai Jaidee' }, signatoryTitle: { en: 'Director' } },
    ],
  })))
  await asUser(db, owner, tx => stepTemplate(tx, owner, templateId, 'activate'))
})
afterAll(() => handle.close())

describe('issuance joins the credential and the PDF', () => {
  it('the last approval stores a credential every check passes and a PDF with the holder\'s name and serial', async () => {
    const id = await issued()
    const c = await row(id)
    const doc = (await stored(id))!
    const credential = JSON.parse(doc.credential) as { id: string; credentialStatus: { statusListIndex: string }; proof: unknown[]; validUntil?: string }
    expect(credential.id).toBe(certificateVerifyUrl(baseUrl, c.public_id))
    expect(credential.proof).toHaveLength(3)
    expect(c.status_index).toBe(Number(credential.credentialStatus.statusListIndex))
    expect(credential.validUntil).toBe(c.expires_at!.toISOString())
    const report = await check(doc.credential)
    expect([report.valid, failed(report)]).toEqual([true, []])
    const pdf = Buffer.from(doc.pdf)
    const text = pdfText(pdf).replace(/\s+/g, '')
    for (const words of ['王小明', 'WangXiaoming', c.serial!, '李明']) expect(text).toContain(words)
    // The owner's logo is drawn; the SHA-256 is the database's.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/)
    expect(doc.pdf_sha256).toMatch(/^[0-9a-f]{64}$/)
    // The holder and the co-issuers download exactly what was stored; others get 404.
    for (const reader of [holder, owner, partner]) {
      const file = await asUser(db, reader, tx => certificateFile(tx, id, 'pdf'))
      expect([file.filename, file.contentType, file.bytes.equals(pdf)]).toEqual([`${c.serial}.pdf`, 'application/pdf', true])
    }
    const json = await asUser(db, holder, tx => certificateFile(tx, id, 'credential'))
    expect([json.filename, json.contentType, json.bytes.toString('utf8')]).toEqual([`${c.serial}.json`, 'application/ld+json', doc.credential])
    expect(status(await refusal(() => asUser(db, outsider, tx => certificateFile(tx, id, 'pdf'))))).toBe(404)
    expect((await asUser(db, null, tx => verifyCertificate(tx, c.public_id)))?.pdfAvailable).toBe(true)
  })

  it('a certificate issued after the open status list filled up takes index 0 of a new list, beside one holding 0 of the first', async () => {
    const first = await issued()
    const lists = () => asService(db, 'test check', tx => tx.selectFrom('credential_status_entries').select(['credential_id', 'list_id', 'status_index']).execute())
    const before = await lists()
    await asService(db, 'test: fill the open lists', tx => tx.updateTable('credential_status_lists').set(eb => ({ next_index: eb.ref('length') })).execute())
    const next = await issued()
    const c = await row(next)
    expect([c.state, c.status_index]).toEqual(['issued', 0])
    const entries = await lists()
    const newList = entries.find(e => !before.some(b => b.credential_id === e.credential_id && b.list_id === e.list_id))!
    expect(before.map(b => b.list_id)).not.toContain(newList.list_id)
    // Another certificate holds index 0 of an earlier list: only (list, index) is unique.
    const zeros = await asService(db, 'test check', tx => tx.selectFrom('certificates').select('id').where('status_index', '=', 0).execute())
    expect(zeros.map(z => z.id)).toContain(next)
    expect(zeros.length).toBeGreaterThan(1)
    expect((await row(first)).state).toBe('issued')
  })

  it('when the PDF cannot be rendered, the last approval is a translated 409 and is undone; once it renders, approving again issues', async () => {
    const id = await asUser(db, owner, tx => issueCertificate(tx, owner, { templateId, source: { kind: 'manual', holderId: holder.id }, names: { native: '王小明', latin: 'Wang Xiaoming' }, submit: true }))
    const hash = (await row(id)).content_hash!
    await step(owner, id, { action: 'approve', institutionId: w.organiserInstitution, contentHash: hash })
    const pending = await row(id)
    // The owner's logo file is damaged in the store: the engine cannot decode it.
    await store.put(logoKey, new TextEncoder().encode('not a PNG at all'), 'image/png')
    try {
      const refused = await refusal(() => step(partner, id, { action: 'approve', institutionId: w.partners[0]!, contentHash: hash }))
      expect([status(refused), key(refused)]).toEqual([409, 'certificates.errors.documentFailed'])
    }
    finally { await store.put(logoKey, logoPng(), 'image/png') }
    const after = await row(id)
    expect([after.state, after.serial, after.status_index, after.issued_at]).toEqual([pending.state, pending.serial, null, null])
    expect(await stored(id)).toBeUndefined()
    await step(partner, id, { action: 'approve', institutionId: w.partners[0]!, contentHash: hash })
    expect((await row(id)).state).toBe('issued')
    expect(await stored(id)).toBeDefined()
  })

  it('before issuance: no documents, and a download is a translated 409', async () => {
    const id = await asUser(db, owner, tx => issueCertificate(tx, owner, { templateId, source: { kind: 'manual', holderId: holder.id }, submit: true }))
    const refused = await refusal(() => asUser(db, owner, tx => certificateFile(tx, id, 'credential')))
    expect([status(refused), key(refused)]).toEqual([409, 'certificates.errors.notIssuedYet'])
    expect(status(await refusal(() => asUser(db, holder, tx => certificateFile(tx, id, 'pdf'))))).toBe(404)
  })

  it('a dropped file: the stored PDF and credential are unchanged; one changed byte or character is not; never an error', async () => {
    const id = await issued()
    const { public_id: publicId } = await row(id)
    const doc = (await stored(id))!
    const pdf = Buffer.from(doc.pdf)
    expect(await fileCheck(publicId, { kind: 'pdf', base64: pdf.toString('base64') })).toEqual({ kind: 'pdf', unchanged: true, valid: true, status: 'valid', report: null })
    const changed = Buffer.from(pdf)
    const at = Math.floor(changed.length / 2)
    changed.writeUInt8(changed.readUInt8(at) ^ 1, at)
    expect(await fileCheck(publicId, { kind: 'pdf', base64: changed.toString('base64') })).toMatchObject({ unchanged: false, valid: false, status: 'valid' })
    const same = await fileCheck(publicId, { kind: 'credential', text: doc.credential })
    expect([same.unchanged, same.valid, same.report?.valid]).toEqual([true, true, true])
    const tampered = doc.credential.replace('Wang Xiaoming', 'Wang Xiaominh')
    expect(tampered).not.toBe(doc.credential)
    const bad = await fileCheck(publicId, { kind: 'credential', text: tampered })
    expect([bad.unchanged, bad.valid, failed(bad.report!)]).toEqual([false, false, expect.arrayContaining(['proof'])])
    expect((await fileCheck(publicId, { kind: 'credential', text: '{not json' })).unchanged).toBe(false)
    // Another certificate's genuine credential is not this one.
    const other = (await stored(await issued()))!
    expect((await fileCheck(publicId, { kind: 'credential', text: other.credential })).unchanged).toBe(false)
    expect(status(await refusal(() => fileCheck('0'.repeat(40), { kind: 'pdf', base64: 'AAAA' })))).toBe(404)
  })

  it('revocation flips the credential\'s bit: the check says revoked, the page revoked', async () => {
    const id = await issued()
    const doc = (await stored(id))!
    await step(partner, id, { action: 'revoke', reason: 'Issued by mistake.', language: 'en' })
    const report = await check(doc.credential)
    expect([report.valid, report.revoked, failed(report)]).toEqual([false, true, ['status']])
    const dropped = await fileCheck((await row(id)).public_id, { kind: 'pdf', base64: Buffer.from(doc.pdf).toString('base64') })
    expect(dropped).toMatchObject({ unchanged: true, valid: false, status: 'revoked' })
  })

  it('a correction: the new certificate gets its own documents, the old one is superseded and its bit flipped', async () => {
    const id = await issued()
    const old = (await stored(id))!
    const next = (await step(owner, id, { action: 'correct', names: { native: '王小明', latin: 'Wang Xiao Ming' }, submit: true }))!
    expect((await check(old.credential)).valid).toBe(true)
    const hash = (await row(next)).content_hash!
    await step(owner, next, { action: 'approve', institutionId: w.organiserInstitution, contentHash: hash })
    await step(partner, next, { action: 'approve', institutionId: w.partners[0]!, contentHash: hash })
    expect([(await row(id)).state, (await row(next)).state]).toEqual(['superseded', 'issued'])
    const oldReport = await check(old.credential)
    expect([oldReport.revoked, failed(oldReport)]).toEqual([true, ['status']])
    expect((await check((await stored(next))!.credential)).valid).toBe(true)
    expect(await fileCheck((await row(id)).public_id, { kind: 'credential', text: old.credential })).toMatchObject({ unchanged: true, valid: false, status: 'superseded' })
  })
})

describe('who reads and writes the documents (RLS)', () => {
  it('the holder and the co-issuers\' staff read them; an outsider and anonymous readers do not; nobody but the service writes', async () => {
    const id = await issued()
    for (const reader of [holder, owner, partner]) {
      expect((await asUser(db, reader, tx => tx.selectFrom('certificate_documents').select('certificate_id').where('certificate_id', '=', id).execute())).length).toBe(1)
    }
    expect(await asUser(db, outsider, tx => tx.selectFrom('certificate_documents').select('id').where('certificate_id', '=', id).execute())).toEqual([])
    await expect(probeAs(db, null, tx => tx.selectFrom('certificate_documents').select('id').execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probeAs(db, owner, tx => tx.insertInto('certificate_documents').values({ certificate_id: id, credential: '{}', pdf: Buffer.from('%PDF-') }).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
    await expect(probeAs(db, owner, tx => tx.updateTable('certificate_documents').set({ credential: '{}' }).where('certificate_id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probeAs(db, holder, tx => tx.deleteFrom('certificate_documents').where('certificate_id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
    // Even the service never rewrites them; the audit log says they were stored, without their bytes.
    await expect(asService(db, 'test', tx => tx.updateTable('certificate_documents').set({ credential: '{}' }).where('certificate_id', '=', id).execute())).rejects.toThrow(/never change/)
    const audit = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select('after').where('entity', '=', 'certificate_documents').execute())
    expect(audit.length).toBeGreaterThan(0)
    expect(audit.every(a => (a.after as { pdf: string; credential: string }).pdf === '[redacted]' && (a.after as { credential: string }).credential === '[redacted]')).toBe(true)
    // Nor does a co-issuer set the status index itself.
    await expect(probeAs(db, owner, tx => tx.updateTable('certificates').set({ status_index: 99_999 }).where('id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
  })
})

describe('erasure', () => {
  it('an erased holder\'s names leave their certificates, their documents and the certificates\' audit images', async () => {
    const person = await createPerson(db, 'leaver')
    const prior = holder
    holder = person
    const id = await issued({ native: 'ສົມພອນ', latin: 'Somphone Leaver' })
    holder = prior
    const { public_id: publicId } = await row(id)
    await asService(db, 'test: erase account', tx => eraseAccount(tx, store, person.id))
    const r = await row(id)
    expect([r.holder_name_native, r.holder_name_latin, r.state]).toEqual([erasedLabel(person.id), erasedLabel(person.id), 'issued'])
    expect(await stored(id)).toBeUndefined()
    expect((await asUser(db, null, tx => verifyCertificate(tx, publicId)))?.pdfAvailable).toBe(false)
    const images = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['before', 'after'])
      .where('entity', 'in', ['certificates', 'certificate_documents']).execute())
    expect(JSON.stringify(images)).not.toContain('Somphone Leaver')
    // Nobody else changes an issued certificate's names.
    await expect(asService(db, 'test', tx => tx.updateTable('certificates').set({ holder_name_latin: 'X' }).where('holder_id', '=', holder.id)
      .where('state', '=', 'issued').execute())).rejects.toThrow(/never changes/)
  })
})

describe('the view', () => {
  it('still shows the certificate with its status index to its co-issuers', async () => {
    const id = await issued()
    const v = await asUser(db, owner, tx => certificateView(tx, owner, id))
    expect(v.statusIndex).toBe((await row(id)).status_index)
  })
})
