import { expect, test } from '@playwright/test'
import { gotoHydrated, personIn, t } from './helpers'

const CHINESE_OFFICE = 'office.nanning@demo.example'

/** The Nanning office writes a zh + th template, previews it in both languages side by side and in Thai alone, and activates it. */
test('the office edits a certificate template and previews it in two locales', async ({ browser }) => {
  const page = await personIn(browser, CHINESE_OFFICE, 'zh')
  await gotoHydrated(page, '/zh/certificates')
  await expect(page.getByRole('heading', { name: t('zh', 'certificates.office.title') })).toBeVisible()
  await page.getByTestId('cert-template-new').click()
  await expect(page).toHaveURL(/\/zh\/certificates\/templates\/new$/)

  // Chinese and Thai (English, the second default, is taken off).
  await page.getByTestId('cert-lang-en').uncheck()
  await page.getByTestId('cert-lang-th').check()
  const title = page.getByTestId('localized-title')
  await title.locator('input').fill('中国—东盟联合培训证书')
  await title.getByRole('tab', { name: 'ไทย' }).click()
  await title.locator('input').fill('ประกาศนียบัตรการฝึกอบรมร่วมจีน–อาเซียน')
  const signatory = page.locator('[data-testid^="localized-signatoryName-"]').first()
  await signatory.locator('input').fill('王校长')
  await page.getByTestId('cert-template-hours').fill('40')
  await page.getByTestId('cert-shown-hours').check()
  await page.getByTestId('cert-template-save').click()

  await expect(page).toHaveURL(/\/zh\/certificates\/templates\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('cert-template-state-draft')).toBeVisible()
  await expect(page.getByTestId('cert-preview-zh').getByTestId('cert-preview-title')).toHaveText('中国—东盟联合培训证书')
  await expect(page.getByTestId('cert-preview-th').getByTestId('cert-preview-title')).toHaveText('ประกาศนียบัตรการฝึกอบรมร่วมจีน–อาเซียน')
  await expect(page.getByTestId('cert-preview-serial')).toHaveText(new RegExp(`^CAEC-${new Date().getUTCFullYear()}-00001$`))

  // One locale at a time: Thai alone.
  await page.getByTestId('cert-preview-locale').selectOption('th')
  await expect(page.getByTestId('cert-preview-zh')).toHaveCount(0)
  await expect(page.getByTestId('cert-preview-th')).toContainText('ประกาศนียบัตรการฝึกอบรมร่วมจีน–อาเซียน')

  await page.getByTestId('cert-template-activate').click()
  await expect(page.getByTestId('cert-template-state-active')).toBeVisible()
  await expect(page.getByTestId('cert-template-save')).toHaveCount(0)
})
