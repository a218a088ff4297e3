// The text a PDF shows, for specs that check a generated document (no PDF reader is installed on these machines).
// Enough for the portal's own Typst PDFs: uncompressed cross-reference, Flate streams, Type0 fonts with a ToUnicode
// map; each text run is mapped glyph by glyph through its font's map, runs joined by spaces, pages in order.
import { inflateSync } from 'node:zlib'

interface PdfObject { dict: string; stream: Buffer | null }

function objects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1')
  const found = new Map<number, PdfObject>()
  for (const m of raw.matchAll(/(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length
    const end = raw.indexOf('endobj', start)
    const body = raw.slice(start, end)
    const at = body.search(/stream\r?\n/)
    let stream: Buffer | null = null
    let dict = body
    if (at >= 0) {
      dict = body.slice(0, at)
      const from = start + at + body.slice(at).indexOf('\n') + 1
      const bytes = pdf.subarray(from, raw.indexOf('endstream', from))
      try { stream = /\/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes }
      catch { stream = bytes }
    }
    found.set(Number(m[1]), { dict, stream })
  }
  return found
}

/** glyph id → text, from a ToUnicode CMap (bfchar and bfrange). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map(h => Number.parseInt(h, 16)))
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(Number.parseInt(pair[1]!, 16), utf16(pair[2]!))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [lo, hi, base] = [Number.parseInt(r[1]!, 16), Number.parseInt(r[2]!, 16), Number.parseInt(r[3]!, 16)]
      for (let g = lo; g <= hi; g++) map.set(g, String.fromCharCode(base + g - lo))
    }
  }
  return map
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1] ?? Number.NaN)

interface Token { kind: 'op' | 'name' | 'string' | 'hex' | 'other'; value: string; after?: string }

/** A content stream's tokens: literal strings with nested parentheses and escapes, hex strings, names, operators. */
function* tokens(body: string): Generator<Token> {
  let i = 0
  let lastName = ''
  while (i < body.length) {
    const ch = body[i]!
    if (/\s/.test(ch) || ch === '[' || ch === ']') {
      i++
      continue
    }
    if (ch === '(') {
      let depth = 1
      let value = ''
      i++
      while (i < body.length && depth > 0) {
        const c = body[i]!
        if (c === '\\') {
          const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4))
          if (octal) {
            value += String.fromCharCode(Number.parseInt(octal[0], 8))
            i += 1 + octal[0].length
            continue
          }
          const e = body[i + 1]!
          value += e === '\n' ? '' : String.fromCharCode(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[e] ?? e.charCodeAt(0))
          i += 2
          continue
        }
        if (c === '(') depth++
        if (c === ')' && --depth === 0) {
          i++
          break
        }
        value += c
        i++
      }
      yield { kind: 'string', value }
      continue
    }
    if ((ch === '<' && body[i + 1] === '<') || (ch === '>' && body[i + 1] === '>')) {
      i += 2
      continue
    }
    if (ch === '<') {
      const end = body.indexOf('>', i)
      const hex = body.slice(i + 1, end).replace(/\s/g, '')
      yield { kind: 'hex', value: String.fromCharCode(...(hex.match(/.{2}/g) ?? []).map(h => Number.parseInt(h, 16))), after: lastName }
      i = end + 1
      continue
    }
    const word = /^\/?[^\s()<>[\]{}/%]+/.exec(body.slice(i, i + 200))?.[0] ?? ch
    i += word.length
    if (word.startsWith('/')) {
      lastName = word.slice(1)
      yield { kind: 'name', value: lastName }
    }
    else yield { kind: /^[A-Za-z'"*]+\d?$/.test(word) && !/^(true|false|null)$/.test(word) ? 'op' : 'other', value: word }
  }
}

/** Every text run of every page, in drawing order, joined as they are drawn (a run is often part of a word). */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf)
  const cmaps = new Map<number, Map<number, string>>()
  const fontMap = (fontId: number) => {
    if (!cmaps.has(fontId)) {
      const cmapId = ref(objs.get(fontId)?.dict ?? '', 'ToUnicode')
      cmaps.set(fontId, toUnicode(objs.get(cmapId)?.stream?.toString('latin1') ?? ''))
    }
    return cmaps.get(fontId)!
  }
  const runs: string[] = []
  let last: { glyph: number; text: string; font: Map<number, string> | null } = { glyph: -1, text: '', font: null }
  for (const [, page] of [...objs].filter(([, o]) => /\/Type\s*\/Page\b/.test(o.dict))) {
    let resources = page.dict
    const resourcesId = ref(page.dict, 'Resources')
    if (!Number.isNaN(resourcesId)) resources = objs.get(resourcesId)?.dict ?? ''
    const fontDictId = ref(resources, 'Font')
    const fontDict = Number.isNaN(fontDictId) ? (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '') : objs.get(fontDictId)?.dict ?? ''
    const fonts = new Map([...fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)].map(f => [f[1]!, Number(f[2])]))
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page.dict)?.[1] ?? ''
    for (const c of contents.matchAll(/(\d+) 0 R/g)) {
      let font = new Map<number, string>()
      // Inside a span with ActualText (a shaped cluster whose glyphs do not map back one by one) the span's text counts.
      let actual: string | null = null
      const operands: Token[] = []
      for (const token of tokens(objs.get(Number(c[1]))?.stream?.toString('latin1') ?? '')) {
        if (token.kind !== 'op') {
          operands.push(token)
          continue
        }
        const args = operands.splice(0)
        if (token.value === 'BDC') {
          const hex = args.find(a => a.kind === 'hex' && a.after === 'ActualText')
          if (hex) {
            const units = hex.value.replace(/^\xfe\xff/, '')
            actual = ''
            for (let u = 0; u + 1 < units.length; u += 2) actual += String.fromCharCode(units.charCodeAt(u) * 256 + units.charCodeAt(u + 1))
            // A cluster drawn in parts (a mark placed apart) repeats its ActualText for each part.
            if (actual !== last.text) runs.push(actual)
            last = { glyph: -1, text: actual, font: null }
          }
        }
        else if (token.value === 'EMC') actual = null
        else if (token.value === 'Tf') font = fontMap(fonts.get(args.find(a => a.kind === 'name')?.value ?? '') ?? Number.NaN)
        else if ((token.value === 'TJ' || token.value === 'Tj') && actual === null) {
          let text = ''
          for (const literal of args.filter(a => a.kind === 'string' || a.kind === 'hex')) {
            const bytes = literal.value
            for (let i = 0; i + 1 < bytes.length; i += 2) {
              const glyph = bytes.charCodeAt(i) * 256 + bytes.charCodeAt(i + 1)
              const cluster = font.get(glyph) ?? ''
              // The glyphs of one shaped cluster (a consonant with its subscript and vowel sign) each map to the whole
              // cluster: a different glyph with the same cluster text right after the last one adds nothing.
              if (!(cluster.length > 1 && last.text === cluster && last.glyph !== glyph && last.font === font)) text += cluster
              last = { glyph, text: cluster, font }
            }
          }
          runs.push(text)
        }
      }
    }
  }
  return runs.join('')
}
