// Where each line of a tip or lesson card goes on a picture for a grandparent's phone: large
// text, wrapped to the picture's width. Pure (the canvas's text measure is passed in), so it is
// tested without a canvas.

export interface PictureContent {
  /** small line on top, e.g. "今日小提示" */
  kicker: string
  title: string
  body: string
  /** the app's name and where to find more, at the bottom */
  footer: string
}

export interface PictureLine {
  text: string
  x: number
  /** baseline */
  y: number
  size: number
  bold: boolean
  color: string
}

export interface PictureLayout {
  width: number
  height: number
  lines: PictureLine[]
}

/** Picture width in canvas pixels (a phone screen's width at 2x); text sizes follow it. */
export const PICTURE_WIDTH = 750
const PAD = 56
const SIZES = { kicker: 30, title: 46, body: 40, footer: 26 }
const LINE = 1.5
const MAX_BODY_LINES = 40

/**
 * Breaks `text` into lines no wider than `maxWidth`: Chinese may break between any two
 * characters (but not before closing punctuation), other text between words; a word longer
 * than a line is broken where it must. Newlines in the text are kept.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    const tokens = paragraph.match(/[A-Za-z0-9'’\-.,!?;:%]+\s*|\s+|[^\sA-Za-z0-9]/g) ?? []
    let line = ''
    for (const token of tokens) {
      const next = line + token
      if (measure(next.trimEnd()) <= maxWidth || !line.trim()) {
        line = next
        // a token wider than the whole line: cut it by characters
        while (measure(line.trimEnd()) > maxWidth && line.length > 1) {
          let cut = line.length - 1
          while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--
          out.push(line.slice(0, cut))
          line = line.slice(cut)
        }
        continue
      }
      // closing punctuation stays with the line before it
      if (/^[，。、！？；：）》」』,.!?;:)]$/.test(token)) {
        const last = line.slice(-1)
        out.push(line.slice(0, -1).trimEnd())
        line = last + token
        continue
      }
      out.push(line.trimEnd())
      line = token.trimStart()
    }
    out.push(line.trimEnd())
  }
  return out
}

/** The lines of the picture, top to bottom, and its height. */
export function layoutPicture(content: PictureContent, measure: (s: string, size: number, bold: boolean) => number): PictureLayout {
  const maxWidth = PICTURE_WIDTH - 2 * PAD
  const lines: PictureLine[] = []
  let y = PAD
  const block = (text: string, size: number, bold: boolean, color: string, limit = Infinity) => {
    const wrapped = wrapText(text, maxWidth, (s) => measure(s, size, bold))
    const shown = wrapped.length > limit ? [...wrapped.slice(0, limit - 1), `${wrapped[limit - 1].slice(0, -1)}…`] : wrapped
    for (const text of shown) {
      y += size * LINE
      lines.push({ text, x: PAD, y: Math.round(y - size * (LINE - 1) * 0.5), size, bold, color })
    }
  }
  block(content.kicker, SIZES.kicker, false, '#0b5cad')
  y += 12
  block(content.title, SIZES.title, true, '#1a1a1a')
  y += 20
  block(content.body, SIZES.body, false, '#1a1a1a', MAX_BODY_LINES)
  y += 36
  block(content.footer, SIZES.footer, false, '#6b6b6b')
  return { width: PICTURE_WIDTH, height: Math.round(y + PAD), lines }
}
