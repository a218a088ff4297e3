// What the mobility specs share: people logged in side by side, form fields by test id, steps and states.
import { expect, type Page } from '@playwright/test'
import { gotoHydrated } from './helpers'

export { personIn } from './helpers'

/** The smallest valid PDF, for uploads. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

/** The input or textarea a test id names, whether it sits on the element or on its wrapper. */
export function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], textarea[data-testid="${testId}"], [data-testid="${testId}"] input, [data-testid="${testId}"] textarea`).first()
}

/** Takes a step with its button; a step that needs a reason gets it in the dialog. */
export async function step(page: Page, action: string, text?: string) {
  await page.getByTestId(`step-${action}`).click()
  if (text !== undefined) {
    await page.getByTestId('step-text').fill(text)
    await page.getByTestId('step-confirm').click()
  }
}

/** Opens the application and waits for its state badge. */
export async function expectState(page: Page, locale: string, id: string, state: string) {
  await gotoHydrated(page, `/${locale}/mobility/applications/${id}`)
  await expect(page.getByTestId(`state-${state}`).first()).toBeVisible()
}

/** The secretariat makes a freshly signed-up person a member of an institution (as an office would ask it to). */
export async function enrol(secretariat: Page, userId: string, institutionSlug: string, role: 'student' | 'teacher') {
  const institutions = await (await secretariat.request.get('/api/institutions')).json() as { items: { id: string; slug: string }[] }
  const institutionId = institutions.items.find(i => i.slug === institutionSlug)!.id
  expect((await secretariat.request.post('/api/admin/memberships', { data: { userId, institutionId, role } })).status()).toBe(201)
}
