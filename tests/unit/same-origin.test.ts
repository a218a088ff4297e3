import { describe, expect, it } from 'vitest'
import { expectedBodyType, isForeignRequest } from '../../server/utils/same-origin'

const OWN = ['http://127.0.0.1:3000', 'https://portal.example']

describe('isForeignRequest', () => {
  it('lets through what the portal sends itself and clients that are no browser', () => {
    expect(isForeignRequest({}, OWN)).toBe(false)
    expect(isForeignRequest({ origin: 'http://127.0.0.1:3000', secFetchSite: 'same-origin' }, OWN)).toBe(false)
    expect(isForeignRequest({ origin: 'https://portal.example' }, OWN)).toBe(false)
    expect(isForeignRequest({ secFetchSite: 'none' }, OWN)).toBe(false)
  })
  it('refuses other origins, another port of the same host, opaque origins and same-site or cross-site fetches', () => {
    expect(isForeignRequest({ origin: 'https://evil.example' }, OWN)).toBe(true)
    expect(isForeignRequest({ origin: 'http://127.0.0.1:3001' }, OWN)).toBe(true)
    expect(isForeignRequest({ origin: 'http://portal.example' }, OWN)).toBe(true)
    expect(isForeignRequest({ origin: 'null' }, OWN)).toBe(true)
    expect(isForeignRequest({ secFetchSite: 'same-site' }, OWN)).toBe(true)
    expect(isForeignRequest({ origin: 'http://127.0.0.1:3000', secFetchSite: 'cross-site' }, OWN)).toBe(true)
  })
})

describe('expectedBodyType', () => {
  it('takes JSON on API routes and multipart on the upload route, nothing else', () => {
    expect(expectedBodyType('/api/admin/memberships', 'application/json; charset=utf-8')).toBeNull()
    expect(expectedBodyType('/api/admin/memberships', 'text/plain')).toBe('json')
    expect(expectedBodyType('/api/admin/memberships', 'application/x-www-form-urlencoded')).toBe('json')
    expect(expectedBodyType('/api/admin/memberships', undefined)).toBe('json')
    expect(expectedBodyType('/api/files', 'multipart/form-data; boundary=x')).toBeNull()
    expect(expectedBodyType('/api/files?x=1', 'application/json')).toBe('multipart')
    expect(expectedBodyType('/api/auth/login', 'multipart/form-data; boundary=x')).toBe('json')
  })
})
