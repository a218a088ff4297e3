import { describe, expect, it } from 'vitest'
import { sniffContentType } from '../../server/storage/sniff'

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'))
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

describe('sniffContentType', () => {
  it('reads the type from the bytes, not the file name', async () => {
    expect(await sniffContentType(PNG)).toBe('image/png')
    expect(await sniffContentType(PDF)).toBe('application/pdf')
  })

  it('refuses what is not on the list, whatever it claims to be', async () => {
    expect(await sniffContentType(new TextEncoder().encode('<html><script>alert(1)</script></html>'))).toBeNull()
    expect(await sniffContentType(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]))).toBeNull()
  })
})
