// H5: draws the picture off screen and downloads it as a PNG (no album on the web).
import type { Canvas2D, PictureRequest, SaveOutcome } from './types'

export type { Canvas2D, PictureRequest, SaveOutcome } from './types'

export async function savePicture(req: PictureRequest): Promise<SaveOutcome> {
  try {
    const canvas = document.createElement('canvas')
    canvas.width = req.width
    const ctx = canvas.getContext('2d') as unknown as Canvas2D | null
    if (!ctx) return 'failed'
    const picture = req.prepare(ctx)
    canvas.height = picture.height // resizing clears the canvas: paint after
    picture.paint(ctx)
    const link = document.createElement('a')
    link.href = canvas.toDataURL('image/png')
    link.download = req.fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
    return 'saved'
  } catch {
    return 'failed'
  }
}

export function openAlbumSettings(): void {}
