import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { LOCALES } from '../../shared/locales'
import { gotoHydrated, personIn, t } from './helpers'
import { pdfText } from './pdf-text'

// Issue 19's story: Nanning (zh), the Thai college (th) and the lead enterprise (zh) co-issue a joint training
// certificate in Chinese, Thai and English to a Lao student who attended their three-day programme (demo activity,
// attendance checked in). Each approves the same content; she downloads the PDF and the credential in Lao; an employer
// reads the public page in Burmese and checks both files; a credential with one changed character fails; after the Thai
// college revokes it, the page says revoked with the reason and she is told.
const NANNING = 'office.nanning@demo.example'
const THAI = 'partner.thai@demo.example'
const ENTERPRISE = 'enterprise@demo.example'
const HOLDER = 'student.vientiane@demo.example'
const HOLDER_NAME = 'ສົມພອນ ວົງສະຫວັນ'
const HOLDER_LATIN = 'Somphone Vongsavanh'
const PROGRAMME_ZH = '中国—东盟联合培训项目：智能产线运维'
const PROGRAMME = { zh: PROGRAMME_ZH, th: 'โครงการฝึกอบรมร่วมจีน–อาเซียน', en: 'China–ASEAN joint training programme' }
const TITLE = { zh: '智能产线运维联合培训证书', th: 'ประกาศนียบัตรการฝึกอบรมร่วม การบำรุงรักษาสายการผลิตอัจฉริยะ', en: 'Joint Training Certificate in Smart Production Line Maintenance' }
const REASON = 'ออกให้ผิดรุ่น: ผู้เรียนต้องสอบแก้ตัวก่อนรับประกาศนียบัตร'
const LANGUAGE_NAME = Object.fromEntries(LOCALES.map(l => [l.code, l.name]))

async function fillLocalized(page: Page, name: string, texts: Record<string, string>) {
  const field = page.getByTestId(`localized-${name}`)
  for (const [code, text] of Object.entries(texts)) {
    await field.getByRole('tab', { name: LANGUAGE_NAME[code] }).click()
    await field.locator('input, textarea').fill(text)
  }
}

async function download(page: Page, testid: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()])
  return readFile((await file.path())!)
}

test('three institutions co-issue a joint certificate that a Lao holder downloads, anyone verifies and one issuer revokes', async ({ browser }) => {
  test.setTimeout(240_000)

  // Nanning writes the template in zh + th + en, with the Thai college and Zhiyun as co-issuers, and activates it.
  const nanning = await personIn(browser, NANNING, 'zh')
  await gotoHydrated(nanning, '/zh/certificates/templates/new')
  await nanning.getByTestId('cert-lang-th').check()
  await nanning.getByTestId('cert-lang-en').check()
  await fillLocalized(nanning, 'title', TITLE)
  await fillLocalized(nanning, 'programme', PROGRAMME)
  await nanning.getByTestId('cert-template-hours').fill('18')
  await nanning.getByTestId('cert-shown-hours').check()
  const addIssuer = async (name: string) => {
    const value = await nanning.getByTestId('cert-issuer-add-select').locator('option', { hasText: name }).getAttribute('value')
    await nanning.getByTestId('cert-issuer-add-select').selectOption(value!)
    await nanning.getByTestId('cert-issuer-add').click()
  }
  await addIssuer('湄南河技术学院')
  await addIssuer('智云')
  await fillLocalized(nanning, 'signatoryName-nanning-smart-polytechnic', { zh: '黄志明', en: 'Huang Zhiming' })
  await fillLocalized(nanning, 'signatoryName-chao-phraya-technical', { th: 'ประเสริฐ วงศ์ใหญ่', en: 'Prasert Wongyai' })
  await fillLocalized(nanning, 'signatoryName-zhiyun-equipment', { zh: '陈工', en: 'Chen Gong' })
  await nanning.getByTestId('cert-template-save').click()
  await expect(nanning).toHaveURL(/\/zh\/certificates\/templates\/[0-9a-f-]{36}$/)
  const templateId = nanning.url().split('/').pop()!
  await expect(nanning.getByTestId('cert-preview-th').getByTestId('cert-preview-title')).toHaveText(TITLE.th)
  await nanning.getByTestId('cert-template-activate').click()
  await expect(nanning.getByTestId('cert-template-state-active')).toBeVisible()

  // It issues one from the programme's attendance (three of three days), the Lao name beside the passport's Latin one,
  // and approves for Nanning.
  await gotoHydrated(nanning, '/zh/certificates?tab=issue')
  await nanning.getByTestId('cert-issue-template').selectOption(templateId)
  await nanning.getByTestId('cert-issue-activity').selectOption({ label: PROGRAMME_ZH })
  await nanning.getByTestId('cert-issue-single').check()
  await nanning.getByTestId('cert-issue-attendee').selectOption({ label: HOLDER_NAME })
  await expect(nanning.getByTestId('cert-issue-native')).toHaveValue(HOLDER_NAME)
  await nanning.getByTestId('cert-issue').click()
  // The Latin name is asked for beside its field, in Chinese.
  await expect(nanning.getByText(t('zh', 'certificates.issue.latinRequired'))).toBeVisible()
  await nanning.getByTestId('cert-issue-latin').fill(HOLDER_LATIN)
  await nanning.getByTestId('cert-issue').click()
  await expect(nanning).toHaveURL(/\/zh\/certificates\/[0-9a-f-]{36}$/)
  const certificateId = nanning.url().split('/').pop()!
  await expect(nanning.getByTestId('cert-holder')).toContainText(HOLDER_LATIN)
  const hash = (await nanning.getByTestId('cert-content-hash').textContent())!.trim()
  expect(hash).toMatch(/^[0-9a-f]{64}$/)
  await nanning.getByTestId('cert-approve-nanning-smart-polytechnic').click()
  await expect(nanning.getByTestId('cert-issuer-state-nanning-smart-polytechnic').getByTestId('cert-issuer-approved')).toBeVisible()
  await expect(nanning.getByTestId(`cert-state-pending`)).toBeVisible()

  // The Thai college finds it waiting, reads the same hash and approves in Thai; then the enterprise, in Chinese.
  const thai = await personIn(browser, THAI, 'th')
  await gotoHydrated(thai, '/th/certificates')
  await thai.getByTestId(`cert-row-${certificateId}`).getByTestId('cert-review').click()
  await expect(thai).toHaveURL(new RegExp(`/th/certificates/${certificateId}$`))
  await expect(thai.getByTestId('cert-content-hash')).toHaveText(hash)
  await expect(thai.getByTestId('cert-approve-nanning-smart-polytechnic')).toHaveCount(0)
  await thai.getByTestId('cert-approve-chao-phraya-technical').click()
  await expect(thai.getByTestId('cert-issuer-state-chao-phraya-technical').getByTestId('cert-issuer-approved')).toBeVisible()

  const enterprise = await personIn(browser, ENTERPRISE, 'zh')
  await gotoHydrated(enterprise, `/zh/certificates/${certificateId}`)
  await expect(enterprise.getByTestId('cert-content-hash')).toHaveText(hash)
  await enterprise.getByTestId('cert-approve-zhiyun-equipment').click()
  await expect(enterprise.getByTestId('cert-state-valid')).toBeVisible()
  await expect(enterprise.getByTestId('cert-serial')).toHaveText(new RegExp(`^CAEC-${new Date().getUTCFullYear()}-\\d{5}$`))

  // The Lao holder finds it in her account and downloads both files.
  const holder = await personIn(browser, HOLDER, 'lo')
  await gotoHydrated(holder, '/lo/certificates/mine')
  const row = holder.getByTestId(`cert-row-${certificateId}`)
  await expect(row).toContainText(TITLE.en)
  const pdf = await download(holder, 'cert-download-pdf')
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const text = pdfText(pdf)
  for (const expected of [HOLDER_NAME, HOLDER_LATIN, TITLE.en, PROGRAMME.en, PROGRAMME.th, '黄志明']) expect(text).toContain(expected)
  const credentialFile = await download(holder, 'cert-download-credential')
  const credential = JSON.parse(credentialFile.toString()) as { issuer: string | { id: string }; proof: unknown[]; credentialStatus: unknown }
  expect(credential.proof).toHaveLength(4)
  expect(credential.credentialStatus).toBeTruthy()
  const publicHref = (await row.getByTestId('cert-public-link').getAttribute('href'))!
  const publicId = publicHref.split('/').pop()!

  // An employer in Yangon reads the public page in Burmese: valid; the PDF and the credential are unchanged;
  // the credential with one character changed is not.
  const employer = await (await browser.newContext()).newPage()
  await gotoHydrated(employer, `/my/verify/${publicId}`)
  await expect(employer.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid')
  await expect(employer.getByTestId('verify-status')).toContainText(t('my', 'certificates.verify.status.valid'))
  await expect(employer.getByText(HOLDER_LATIN)).toBeVisible()
  const drop = employer.getByTestId('verify-drop-file')
  await drop.setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: pdf })
  await expect(employer.getByTestId('verify-unchanged')).toBeVisible()
  await drop.setInputFiles({ name: 'credential.json', mimeType: 'application/json', buffer: credentialFile })
  await expect(employer.getByTestId('verify-unchanged')).toContainText('credential.json')
  const tampered = credentialFile.toString().replace(HOLDER_LATIN, HOLDER_LATIN.replace('Somphone', 'Somphona'))
  expect(tampered).not.toBe(credentialFile.toString())
  await drop.setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(tampered) })
  await expect(employer.getByTestId('verify-changed')).toContainText(t('my', 'certificates.verify.changed'))

  // The Thai college revokes it with a reason in Thai; the page says so in Burmese, and the holder is told in Lao.
  await gotoHydrated(thai, `/th/certificates/${certificateId}`)
  await thai.getByTestId('cert-revoke').click()
  await thai.getByTestId('cert-revoke-reason').fill(REASON)
  await thai.getByTestId('cert-revoke-confirm').click()
  await expect(thai.getByTestId('cert-revocation')).toContainText(REASON)

  await gotoHydrated(employer, `/my/verify/${publicId}`)
  await expect(employer.getByTestId('verify-status')).toHaveAttribute('data-status', 'revoked')
  await expect(employer.getByTestId('verify-revocation')).toContainText(REASON)
  await employer.getByTestId('verify-drop-file').setInputFiles({ name: 'credential.json', mimeType: 'application/json', buffer: credentialFile })
  await expect(employer.getByTestId('verify-unchanged')).toContainText(t('my', 'certificates.status.revoked'))

  await gotoHydrated(holder, '/lo/notifications')
  await holder.locator(`a[href="/lo/certificates/${certificateId}"]`)
    .filter({ hasText: t('lo', 'mail.certificates.revoked.subject', { title: TITLE.en }) }).click()
  await expect(holder.getByTestId('cert-revocation')).toContainText(REASON)
  await expect(holder.getByTestId('cert-download-pdf')).toHaveCount(0)
})
