import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator } from '@playwright/test'
import { gotoHydrated, logInByApi, signUp, t } from './helpers'

// A Vietnamese student whose laptop is set to Tokyo: the portal shows her times in Tokyo until she picks Hanoi.
test.use({ timezoneId: 'Asia/Tokyo', locale: 'vi-VN' })

/** The hour and minute of an instant on a 24-hour clock in a zone, e.g. 18:00. */
function clock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso))
}

async function firstDeadline(page: import('@playwright/test').Page): Promise<{ viewer: Locator; iso: string }> {
  await gotoHydrated(page, '/vi/mobility/calls')
  const closes = page.getByTestId('call-card').first().getByTestId('call-closes')
  const iso = await closes.getByTestId('time-there').getAttribute('datetime')
  return { viewer: closes.getByTestId('time-viewer'), iso: iso! }
}

test('a student with no zone of her own sees times in her browser\'s zone, picks Hanoi by typing it in Vietnamese, and the times follow', async ({ page }) => {
  await signUp(page, { locale: 'vi' })

  // Her browser's zone, stored at sign-up: the call's deadline in Tokyo time, named by city and offset.
  const before = await firstDeadline(page)
  await expect(before.viewer).toHaveAttribute('data-zone', 'Asia/Tokyo')
  await expect(before.viewer).toContainText('Tokyo UTC+9')
  await expect(before.viewer).toContainText(clock(before.iso, 'Asia/Tokyo'))

  // The profile's picker: she types the city as she writes it, and the community's zone for Vietnam is offered.
  await gotoHydrated(page, '/vi/profile')
  const picker = page.getByLabel(t('vi', 'profile.timeZone'))
  await expect(picker).toHaveValue('Tokyo (UTC+9)')
  await picker.fill('Hà Nội')
  const hanoi = page.getByRole('option', { name: 'Hà Nội, TP. Hồ Chí Minh (UTC+7)' })
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1)
  await hanoi.click()
  await expect(picker).toHaveValue('Hà Nội, TP. Hồ Chí Minh (UTC+7)')
  await page.getByTestId('save-profile').click()
  await expect(page.getByText(t('vi', 'common.saved'), { exact: true })).toBeVisible()

  // The same deadline now reads two hours earlier, in Hanoi time.
  const after = await firstDeadline(page)
  expect(after.iso).toBe(before.iso)
  await expect(after.viewer).toHaveAttribute('data-zone', 'Asia/Ho_Chi_Minh')
  await expect(after.viewer).toContainText('Hà Nội, TP. Hồ Chí Minh UTC+7')
  await expect(after.viewer).toContainText(clock(after.iso, 'Asia/Ho_Chi_Minh'))
  expect(clock(after.iso, 'Asia/Ho_Chi_Minh')).not.toBe(clock(before.iso, 'Asia/Tokyo'))
})

test('a signed-out visitor sees the deadline in her browser\'s zone, and the next page the server renders does too', async ({ page }) => {
  const first = await firstDeadline(page)
  await expect(first.viewer).toHaveAttribute('data-zone', 'Asia/Tokyo')
  const html = await (await page.request.get('/vi/mobility/calls')).text()
  expect(html).toMatch(/data-testid="time-viewer"[^>]*data-zone="Asia\/Tokyo"/)
})

test('a Cambodian student finds Phnom Penh by its Khmer name, and the open picker is named and has no serious accessibility finding', async ({ page }) => {
  await logInByApi(page, 'student.cambodia@demo.example', undefined, 'km')
  await gotoHydrated(page, '/km/profile')
  // Her demo profile's own zone, not UTC.
  const picker = page.getByLabel(t('km', 'profile.timeZone'))
  await expect(picker).toHaveValue('ភ្នំពេញ (UTC+7)')
  await picker.fill('ភ្នំពេញ')
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['ភ្នំពេញ (UTC+7)'])
  // A city outside the community, typed in English, comes under "other time zones".
  await picker.fill('Lisbon')
  await expect(page.getByRole('listbox')).toContainText(t('km', 'common.timeZone.others'))
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText([/^Lisbon \(UTC(\+1)?\)$/])
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const blocking = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
  expect(blocking).toEqual([])
})
