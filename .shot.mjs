import { chromium } from '@playwright/test'
const [base, email, out, ...paths] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
if (email !== '-') {
  const r = await page.request.post(`${base}/api/auth/login`, { data: { email, password: 'demo-password-2026' } })
  console.log('login', r.status())
}
let i = 0
for (const p of paths) {
  await page.goto(base + p, { waitUntil: 'networkidle' })
  await page.screenshot({ path: `${out}-${i++}.png`, fullPage: true })
}
await browser.close()
