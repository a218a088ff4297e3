import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadMessages, translate } from '../../server/i18n/messages'

beforeAll(() => loadMessages(file => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8'))))

describe('server-side messages', () => {
  it('renders mail in the recipient locale with parameters filled in', () => {
    const en = translate('en', 'mail.auth.password_reset.body', { link: 'http://x/reset', minutes: 60 })
    const th = translate('th', 'mail.auth.password_reset.body', { link: 'http://x/reset', minutes: 60 })
    expect(en).toContain('http://x/reset')
    expect(th).toContain('http://x/reset')
    expect(th).not.toBe(en)
    expect(th).toMatch(/[\u0E00-\u0E7F]/)
  })

  it('falls back to English for an unknown locale and to the key for an unknown key', () => {
    expect(translate('xx', 'errors.forbidden')).toBe(translate('en', 'errors.forbidden'))
    expect(translate('en', 'no.such.key')).toBe('no.such.key')
  })
})
