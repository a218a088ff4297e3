import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import lucide from '@iconify-json/lucide/icons.json'
import { CHROME_ICONS } from '../../composables/chrome-icons'
import { DASHBOARD_NAV, FOOTER_NAV, PUBLIC_NAV } from '../../shared/navigation'

const root = join(import.meta.dirname, '../..')
const bare = (name: string) => name.replace(/^i-lucide-/, '')
/** Lucide's own SVG body of an icon, following its aliases. */
function lucideBody(name: string): string | undefined {
  const set = lucide as { icons: Record<string, { body: string }>; aliases?: Record<string, { parent: string }> }
  return set.icons[name]?.body ?? (set.aliases?.[name] ? lucideBody(set.aliases[name].parent) : undefined)
}
/** The .vue files of the app (components, layouts, pages and the root's), as paths from the root. */
function vueFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) return ['components', 'layouts', 'pages'].includes(path.split('/')[0]!) ? vueFiles(path) : []
    return entry.name.endsWith('.vue') ? [path] : []
  })
}
/** The icon names written in every component that renders LayoutChromeIcon (the chrome, the plain public pages, the error page). */
function chromeComponentIcons(): string[] {
  return vueFiles('').map(f => readFileSync(join(root, f), 'utf8')).filter(text => text.includes('<LayoutChromeIcon'))
    .flatMap(text => [...text.matchAll(/i-lucide-[a-z0-9-]+/g)].map(m => m[0]))
}

describe('the chrome\'s inline icons (composables/chrome-icons.ts, from scripts/chrome-icons.mjs)', () => {
  it('include every icon of the navigation, as lucide draws it', () => {
    for (const entry of [...PUBLIC_NAV, ...FOOTER_NAV, ...DASHBOARD_NAV]) {
      const svg = CHROME_ICONS[bare(entry.icon)]
      expect(svg, `${entry.to}: ${entry.icon} (run node scripts/chrome-icons.mjs)`).toBeTruthy()
      expect(svg).toBe(lucideBody(bare(entry.icon)))
    }
  })

  it('include every icon the header, menus, layouts and plain pages name', () => {
    const names = chromeComponentIcons()
    expect(names).toEqual(expect.arrayContaining(['i-lucide-globe-2', 'i-lucide-menu', 'i-lucide-x', 'i-lucide-bell', 'i-lucide-search', 'i-lucide-chart-line', 'i-lucide-check']))
    for (const name of names) expect(CHROME_ICONS[bare(name)], name).toBe(lucideBody(bare(name)))
  })

  it('draw with the text colour and nothing else', () => {
    for (const [name, svg] of Object.entries(CHROME_ICONS)) {
      expect(svg, name).toMatch(/^<(path|g|circle|rect)\b/)
      expect(svg, name).toContain('currentColor')
      expect(svg, name).not.toMatch(/<script|on[a-z]+=/i)
    }
  })
})
