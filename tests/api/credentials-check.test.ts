import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService } from '../../server/db/as-user'
import { issueCredential } from '../../server/domain/credentials/credentials'
import { revokeStatus } from '../../server/domain/credentials/status'
import { serverOnOwnDatabase } from './authz-fixtures'
import { client, type Client } from './server'

// POST /api/credentials/check: anyone drops a credential file the portal issued; every proof, revocation and validity
// are reported, and a tampered or broken file is a report that says so (200), never a 500.
let env: Awaited<ReturnType<typeof serverOnOwnDatabase>>
let anonymous: Client
let credential: Record<string, unknown>
const SETTINGS = () => ({ baseUrl: env.server.url, secret: 'api-test-credential-secret-of-32-chars!' })

beforeAll(async () => {
  env = await serverOnOwnDatabase('credcheck')
  anonymous = client(env.server.url)
  credential = await asService(env.fixtures.db, 'test: issue a credential', async (tx) => {
    // A database of its own, without the demo: two co-issuing colleges made here.
    const ids = await tx.insertInto('institutions').values([
      { slug: 'check-nanning', kind: 'vocational_college', country: 'CN', name: JSON.stringify({ zh: '南宁职业技术学院' }), city: '{}', description: '{}', website: null },
      { slug: 'check-bangkok', kind: 'vocational_college', country: 'TH', name: JSON.stringify({ th: 'วิทยาลัยเทคนิค' }), city: '{}', description: '{}', website: null },
    ]).returning(['id', 'slug']).execute()
    return issueCredential(tx, SETTINGS(), {
      id: `${env.server.url}/verify/api-check`,
      holderNames: [{ value: 'ສົມພອນ ແກ້ວ', language: 'lo' }, { value: 'Somphone Keo', language: 'en' }],
      achievement: { id: `${env.server.url}/programmes/joint`, name: { zh: '联合培训证书', en: 'Joint training certificate' }, description: { en: 'Forty hours.' } },
      issuers: ids.map(i => ({ institutionId: i.id, name: { en: i.slug } })),
      consortiumName: { en: 'China–ASEAN exchange consortium' },
      validFrom: '2026-01-15T00:00:00Z',
    })
  })
}, 300_000)
afterAll(() => env.stop())

const check = (text: string) => anonymous.post('/api/credentials/check', { credential: text }, { 'accept-language': 'th' })
type Report = { valid: boolean; revoked: boolean | null; checks: { check: string; ok: boolean }[] }

describe('checking a credential file, signed out', () => {
  it('an issued credential is valid: every check passed, one proof per issuer and the consortium\'s', async () => {
    const reply = await check(JSON.stringify(credential))
    expect(reply.status).toBe(200)
    const report = reply.json as Report
    expect(report).toMatchObject({ valid: true, revoked: false })
    // A proof each for the consortium and the two colleges, then the consortium's own row; each college's key its own.
    expect(report.checks.filter(c => c.check === 'proof')).toHaveLength(4)
    expect(report.checks.filter(c => c.check === 'coIssuer')).toHaveLength(2)
    expect(report.checks.every(c => c.ok)).toBe(true)
  })

  it('one changed character fails a proof; broken JSON fails the format; neither is an error', async () => {
    const text = JSON.stringify(credential).replace('Somphone Keo', 'Somphone Keq')
    const tampered = (await check(text)).json as Report
    expect(tampered.valid).toBe(false)
    expect(tampered.checks.some(c => c.check === 'proof' && !c.ok)).toBe(true)
    const broken = await check('{"@context": [')
    expect(broken.status).toBe(200)
    expect((broken.json as Report).checks).toContainEqual(expect.objectContaining({ check: 'format', ok: false }))
  })

  it('after revocation the same file is not valid, and says revoked', async () => {
    await asService(env.fixtures.db, 'test: revoke', tx => revokeStatus(tx, SETTINGS(), String(credential.id), 'issued in error'))
    const report = (await check(JSON.stringify(credential))).json as Report
    expect(report).toMatchObject({ valid: false, revoked: true })
  })

  it('no file, an empty one or a huge one gets a translated 4xx', async () => {
    const none = await anonymous.post('/api/credentials/check', {}, { 'accept-language': 'th' })
    expect(none.status).toBe(422)
    expect((none.json as { message: string }).message).toMatch(/[\u0E00-\u0E7F]/)
    expect((await check('')).status).toBe(422)
    expect((await check('x'.repeat(200_001))).status).toBe(422)
  })
})
