/** A 2D canvas context as both platforms give it (the methods a picture needs). */
export interface Canvas2D {
  fillStyle: string | CanvasGradient | CanvasPattern
  font: string
  textBaseline: CanvasTextBaseline
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  scale(x: number, y: number): void
}

export interface PictureRequest {
  /** id of the <Canvas type="2d"> the page renders for it (weapp; H5 draws off screen) */
  canvasId: string
  width: number
  /** lays the picture out with the context's text measure; `paint` draws it once the canvas has its height */
  prepare: (ctx: Canvas2D) => { height: number; paint: (ctx: Canvas2D) => void }
  /** file name on H5 */
  fileName: string
}

/**
 * saved: in the album (weapp) or downloaded (H5); denied: the user refused album access (the
 * screen offers the settings page); failed: anything else (no canvas, no space...).
 */
export type SaveOutcome = 'saved' | 'denied' | 'failed'
