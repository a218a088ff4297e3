import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { gotoHydrated, signUpByApi, t } from './helpers'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')

async function openFiles(page: Page, locale: string) {
  await gotoHydrated(page, `/${locale}/dashboard/files`)
  await expect(page.getByRole('heading', { name: t(locale, 'files.title'), level: 1 })).toBeVisible()
}

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, locale: string) {
  await page.getByTestId('file-input').setInputFiles(file)
  await expect(page.getByTestId('upload')).toHaveText(t(locale, 'files.upload'))
  await page.getByTestId('upload').click()
}

test.describe('my files', () => {
  test('upload a PDF, see it listed, download the same bytes', async ({ page }) => {
    await signUpByApi(page, { locale: 'en' })
    await openFiles(page, 'en')
    await expect(page.getByText(t('en', 'files.none'))).toBeVisible()
    await expect(page.getByTestId('file-row')).toHaveCount(0)

    const name = `learning-agreement-${Date.now()}.pdf`
    await upload(page, { name, mimeType: 'application/pdf', buffer: PDF }, 'en')

    const row = page.getByTestId('file-row')
    await expect(row).toHaveCount(1)
    await expect(row.getByTestId('file-download')).toHaveText(name)
    await expect(row).toContainText('1 KB')
    await expect(page.getByText(t('en', 'files.none'))).toHaveCount(0)
    await expect(page.getByTestId('error-message')).toHaveCount(0)

    // Still there after a reload (server-rendered list).
    await page.reload()
    await expect(page.getByTestId('file-row').getByTestId('file-download')).toHaveText(name)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('file-download').first().click(),
    ])
    expect(download.suggestedFilename()).toBe(name)
    const path = await download.path()
    expect(Buffer.compare(await readFile(path), PDF)).toBe(0)
  })

  test('a text file and HTML disguised as a PDF are refused with a translated message', async ({ page }) => {
    await signUpByApi(page, { locale: 'en' })

    await openFiles(page, 'en')
    await upload(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some plain text notes\n') }, 'en')
    await expect(page.getByTestId('error-message')).toContainText(t('en', 'files.errors.typeNotAllowed'))
    await expect(page.getByTestId('file-row')).toHaveCount(0)

    // The same refusal, in Thai, for HTML that only pretends to be a PDF.
    await openFiles(page, 'th')
    await expect(page.getByText(t('th', 'files.none'))).toBeVisible()
    const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
    await upload(page, { name: 'transcript.pdf', mimeType: 'application/pdf', buffer: html }, 'th')
    await expect(page.getByTestId('error-message')).toContainText(t('th', 'files.errors.typeNotAllowed'))
    await expect(page.getByTestId('error-message')).not.toContainText(t('en', 'files.errors.typeNotAllowed'))
    await expect(page.getByTestId('file-row')).toHaveCount(0)
    await expect(page.getByText(t('th', 'files.none'))).toBeVisible()
  })

  test('another person cannot download someone else\'s file', async ({ page, browser }) => {
    await signUpByApi(page, { locale: 'en' })
    await openFiles(page, 'en')
    const name = `private-${Date.now()}.pdf`
    await upload(page, { name, mimeType: 'application/pdf', buffer: PDF }, 'en')
    const link = page.getByTestId('file-download')
    await expect(link).toHaveText(name)
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/)

    // The owner can fetch it with their session.
    const own = await page.request.get(href!)
    expect(own.status()).toBe(200)
    expect(Buffer.compare(await own.body(), PDF)).toBe(0)

    // A second person, in their own browser.
    const other = await browser.newContext()
    const otherPage = await other.newPage()
    await signUpByApi(otherPage, { locale: 'en' })
    const refused = await otherPage.request.get(href!)
    expect(refused.status()).toBe(404)
    expect(Buffer.compare(await refused.body(), PDF)).not.toBe(0)
    await openFiles(otherPage, 'en')
    await expect(otherPage.getByTestId('file-row')).toHaveCount(0)
    await expect(otherPage.getByText(name)).toHaveCount(0)

    // Nor can someone who is not logged in.
    const anonymous = await browser.newContext()
    const anon = await anonymous.request.get(href!)
    expect(anon.status()).toBe(401)
    await anonymous.close()
    await other.close()
  })
})
