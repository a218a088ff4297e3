import { expect, test } from '@playwright/test'
import { DEMO, gotoHydrated, logInByApi, t } from './helpers'

test('the secretariat filters the audit log in Vietnamese and reads sentences', async ({ page }) => {
  await logInByApi(page, DEMO.secretariat, undefined, 'vi')
  await gotoHydrated(page, '/vi/admin/audit')
  await expect(page.getByRole('heading', { name: t('vi', 'admin.auditTitle'), level: 1 })).toBeVisible()
  await page.getByTestId('audit-filter-kind').selectOption('memberships')
  await page.getByTestId('audit-filter-action').selectOption('insert')
  await expect(page).toHaveURL(/entity=memberships/)
  const rows = page.getByTestId('audit-row')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeLessThanOrEqual(50)
  // "… đã tạo tư cách thành viên (…)": the verb and the kind in Vietnamese, no table name.
  const created = t('vi', 'audit.sentence.insert', { actor: '', object: t('vi', 'audit.unnamed', { kind: t('vi', 'audit.entities.memberships') }) }).trim()
  await expect(rows.first()).toContainText(created)
  await expect(rows.first()).not.toContainText('memberships')
})
