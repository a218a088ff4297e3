import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { LOCALES, type LocaleEntry } from '../../shared/locales'
import { LANGUAGE_TAG, ROOT, gotoHydrated, t } from './helpers'

/**
 * One page per non-Latin script of the registry (shared/locales.ts), so a new script is checked without
 * editing this file: the face it self-hosts (fontsource; none for Chinese, which uses the system's Noto
 * Sans CJK) and a letter of that script from the page's title to load it with.
 */
const CASES = (LOCALES as readonly LocaleEntry[]).filter(l => l.script !== 'Latn')
  .filter((l, i, all) => all.findIndex(o => o.script === l.script) === i)
  .map(l => ({
    code: l.code,
    webFont: l.fontsource ? l.fonts[0]! : null,
    sample: [...t(l.code, 'home.title')].find(ch => /\p{L}/u.test(ch) && ch.codePointAt(0)! > 0x24F)!,
  }))

const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots')

for (const c of CASES) {
  test(`home page in ${c.code} renders its script without missing glyphs`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await gotoHydrated(page, `/${c.code}`)
    await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[c.code]!)
    const title = page.getByTestId('home-title')
    await expect(title).toBeVisible()
    await expect(title).toHaveText(t(c.code, 'home.title'))
    expect((await title.innerText()).trim()).not.toBe('')
    await expect(page.getByRole('heading', { name: t(c.code, 'home.pillars.mobility.title') })).toBeVisible()
    await page.evaluate(() => document.fonts.ready)

    if (c.webFont) {
      // The self-hosted face was fetched and used (it loads only when the page shows that script).
      const fonts = await page.evaluate(async ({ family, sample }) => {
        await document.fonts.load(`16px "${family}"`, sample)
        return {
          check: document.fonts.check(`16px "${family}"`, sample),
          loaded: [...document.fonts].filter(f => f.family.replace(/["']/g, '') === family && f.status === 'loaded').length,
          failed: [...document.fonts].filter(f => f.family.replace(/["']/g, '') === family && f.status === 'error').length,
        }
      }, { family: c.webFont, sample: c.sample })
      expect(fonts, `${c.webFont} in ${c.code}`).toEqual(expect.objectContaining({ check: true, failed: 0 }))
      expect(fonts.loaded, `${c.webFont} faces loaded`).toBeGreaterThan(0)
    }

    // No tofu: draw every character of the visible text in the page's own font stack and compare it
    // with the "missing glyph" box (.notdef) that an unassigned code point produces in the same stack.
    const tofu = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="home-title"]')!
      const family = getComputedStyle(el).fontFamily
      const canvas = document.createElement('canvas')
      canvas.width = 64
      canvas.height = 64
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!
      const draw = (ch: string) => {
        ctx.clearRect(0, 0, 64, 64)
        ctx.font = `40px ${family}`
        ctx.fillStyle = '#000'
        ctx.fillText(ch, 8, 48)
        const data = ctx.getImageData(0, 0, 64, 64).data
        let hash = 0
        for (let i = 3; i < data.length; i += 4) hash = (Math.imul(hash, 31) + data[i]!) | 0
        return hash
      }
      const notdef = new Set(['\u0378', '\u{10FFFD}'].map(draw))
      const text = (document.querySelector('main') as HTMLElement).innerText
      const chars = [...new Set([...text].filter(ch => /\S/u.test(ch) && !/\p{Cf}/u.test(ch)))]
      return { family, checked: chars.length, missing: chars.filter(ch => notdef.has(draw(ch))).map(ch => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`) }
    })
    expect(tofu.checked).toBeGreaterThan(10)
    expect(tofu.missing, `characters drawn as missing-glyph boxes with ${tofu.family}`).toEqual([])

    // Screenshots: kept as test artifacts and copied to test-results/screenshots/.
    const path = test.info().outputPath(`home-${c.code}.png`)
    const png = await page.screenshot({ path, fullPage: true })
    await test.info().attach(`home-${c.code}.png`, { body: png, contentType: 'image/png' })
    await mkdir(SCREENSHOT_DIR, { recursive: true })
    await copyFile(path, join(SCREENSHOT_DIR, `home-${c.code}.png`))
  })
}
