/*
 * Text widths without a canvas. ECharts measures labels with a canvas in the browser; on the server it guesses
 * one em per UTF-16 unit outside ASCII, so a Khmer or Burmese label (many combining marks) counted two or three
 * times its width and squeezed the plot. Here each grapheme cluster counts once, at a width a little above
 * what Chromium draws with the Noto fonts (measured: Khmer 0.77–0.92 em, Burmese 0.77–0.88, Thai and Lao 0.52–0.56):
 * too wide leaves some white space, too narrow cut labels off at the chart's edge. The same estimate wraps long category labels between words.
 */

// Widths in em of Noto Sans for printable ASCII (space … ~), rounded: close enough for layout.
const ASCII_EM = ' .28|!.26|".4|#.63|$.57|%.82|&.7|\'.22|(.3|).3|*.55|+.57|,.26|-.32|..26|/.37|0.57|1.57|2.57|3.57|4.57|5.57|6.57|7.57|8.57|9.57|:.26|;.26|<.57|=.57|>.57|?.43|@.9|A.64|B.65|C.63|D.73|E.56|F.52|G.72|H.74|I.33|J.27|K.6|L.52|M.9|N.76|O.78|P.6|Q.78|R.62|S.55|T.55|U.73|V.6|W.93|X.58|Y.56|Z.56|[.33|\\.37|].33|^.57|_.44|`.29|a.56|b.61|c.48|d.61|e.56|f.34|g.61|h.61|i.25|j.25|k.52|l.25|m.93|n.61|o.6|p.61|q.61|r.41|s.48|t.35|u.61|v.5|w.79|x.52|y.5|z.47|{.38|}.38|~.57'
const ASCII = new Map(ASCII_EM.split('|').map(pair => [pair[0]!, Number(pair.slice(1))]))

/** Em width of one grapheme cluster by its first character's script. */
function clusterEm(cluster: string): number {
  if (cluster.length === 1 && ASCII.has(cluster)) return ASCII.get(cluster)!
  const code = cluster.codePointAt(0)!
  if (code >= 0x0e00 && code <= 0x0eff) return 0.68 // Thai, Lao
  if (code >= 0x1780 && code <= 0x17ff) return 1 // Khmer (a cluster with a subscript is still one column)
  if (code >= 0x1000 && code <= 0x109f) return 1.15 // Myanmar
  if (code >= 0x00c0 && code <= 0x024f) return 0.6 // Latin with diacritics (Vietnamese)
  if (code >= 0x1e00 && code <= 0x1eff) return 0.6
  return 1 // CJK, full-width punctuation and anything unknown: one em, the safe side
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** The font size in px of a CSS font shorthand ("bold 13px 'Noto Sans'"), 12 when it has none. */
function fontSizeOf(font: string | undefined): number {
  const size = font ? /(\d+(?:\.\d+)?)px/.exec(font)?.[1] : undefined
  return size ? Number(size) : 12
}

/** Estimated width in px of text in a CSS font shorthand. */
export function estimateTextWidth(text: string, font?: string): number {
  let em = 0
  for (const { segment } of graphemes.segment(text)) em += clusterEm(segment)
  return em * fontSizeOf(font)
}

/**
 * A label broken into lines of at most maxWidth px between words (Intl.Segmenter finds word boundaries in Thai,
 * Lao, Khmer and Burmese, which write no spaces), never inside a grapheme cluster; a word wider than a line stays whole.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, locale: string): string {
  const font = `${fontSize}px sans-serif`
  if (estimateTextWidth(text, font) <= maxWidth) return text
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map(s => s.segment)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const next = line + word
    if (line && estimateTextWidth(next.trimEnd(), font) > maxWidth) {
      lines.push(line.trimEnd())
      line = word.trimStart()
    }
    else line = next
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines.join('\n')
}
