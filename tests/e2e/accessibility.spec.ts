import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { LANGUAGE_TAG, gotoHydrated } from './helpers'

const PAGES = [
  { name: 'home', path: '', testId: 'home-title' },
  { name: 'log in', path: '/auth/login', testId: null },
  { name: 'institution', path: '/institutions/chao-phraya-technical', testId: 'institution-name' },
] as const

for (const locale of ['en', 'th']) {
  for (const p of PAGES) {
    test(`${p.name} in ${locale} has no serious or critical accessibility violations`, async ({ page }) => {
      await gotoHydrated(page, `/${locale}${p.path}`)
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[locale]!)
      if (p.testId) await expect(page.getByTestId(p.testId)).toBeVisible()
      else await expect(page.locator('form')).toBeVisible()
      await page.evaluate(() => document.fonts.ready)

      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      const blocking = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      await test.info().attach(`axe-${locale}-${p.name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' })
      const summary = blocking.map(v => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map(n => `  ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`)
      expect(summary, summary.join('\n\n')).toEqual([])
    })
  }
}
