import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

for (const path of ['/th/auth/login', '/th/institutions/chao-phraya-technical', '/en', '/en/auth/login', '/th', '/en/institutions/chao-phraya-technical']) {
  test(`scratch ${path}`, async ({ page }) => {
    const logs: string[] = []
    page.on('console', m => logs.push(`${m.type()}: ${m.text()}`))
    page.on('pageerror', e => logs.push(`pageerror: ${e.message}`))
    await page.goto(path)
    await page.waitForTimeout(3000)
    const state = await page.evaluate(() => {
      const root = document.querySelector('#__nuxt') as any
      const nuxt = root?.__vue_app__?.config.globalProperties.$nuxt
      return { app: Boolean(root?.__vue_app__), nuxt: Boolean(nuxt), hydrating: nuxt?.isHydrating }
    })
    console.log(path, JSON.stringify(state), logs.join('\n'))
    await page.addStyleTag({ content: ':root { --ui-primary: var(--ui-color-primary-700); }' })
    const results = await new AxeBuilder({ page }).analyze()
    console.log(path, JSON.stringify(results.violations.map(v => [v.id, v.impact, v.nodes.map(n => n.target.join(' '))])))
  })
}
