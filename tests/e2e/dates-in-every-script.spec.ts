import { expect, test } from '@playwright/test'
import { gotoHydrated } from './helpers'

// Debian's Chromium has no Khmer, Lao or Burmese date data: without the CLDR fallback
// (composables/intlFallback.ts) hydration replaced the server's dates with English ones.
const CASES = [
  { code: 'km', script: /[\u1780-\u17FF]/ },
  { code: 'lo', script: /[\u0E80-\u0EFF]/ },
  { code: 'my', script: /[\u1000-\u109F]/ },
] as const
const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/

for (const c of CASES) {
  test(`dates on the open calls stay in ${c.code} after the page comes alive in the browser`, async ({ page }) => {
    await gotoHydrated(page, `/${c.code}/mobility/calls`)
    const card = page.getByTestId('call-card').first()
    const closes = card.getByTestId('call-closes')
    await expect(closes.getByTestId('time-viewer')).toBeVisible() // rendered in the browser only, after mounting
    for (const text of [await card.locator('dd').nth(1).innerText(), await closes.innerText()]) {
      expect(text).toMatch(c.script)
      expect(text).not.toMatch(ENGLISH_MONTH)
    }
  })
}
