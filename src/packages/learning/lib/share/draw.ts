// Draws a picture's layout on a 2D canvas (either platform's): white card, large text.
import type { Canvas2D } from '@/services/picture'
import { layoutPicture, PICTURE_WIDTH, type PictureContent, type PictureLayout } from './picture-layout'

const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif'
const fontOf = (size: number, bold: boolean) => `${bold ? 'bold ' : ''}${size}px ${FONT}`

/** Lays the content out with the canvas's own text measure; paints it when asked. */
export function preparePicture(measureCtx: Canvas2D, content: PictureContent): { height: number; paint: (ctx: Canvas2D) => void } {
  const layout = layoutPicture(content, (text, size, bold) => {
    measureCtx.font = fontOf(size, bold)
    return measureCtx.measureText(text).width
  })
  return { height: layout.height, paint: (ctx) => paint(ctx, layout) }
}

function paint(ctx: Canvas2D, layout: PictureLayout): void {
  ctx.fillStyle = '#fffdf7'
  ctx.fillRect(0, 0, PICTURE_WIDTH, layout.height)
  ctx.fillStyle = '#0b5cad'
  ctx.fillRect(0, 0, PICTURE_WIDTH, 12)
  ctx.textBaseline = 'alphabetic'
  for (const line of layout.lines) {
    ctx.font = fontOf(line.size, line.bold)
    ctx.fillStyle = line.color
    ctx.fillText(line.text, line.x, line.y)
  }
}
