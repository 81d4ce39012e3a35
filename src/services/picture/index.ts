// Save a picture to the phone's album (weapp): draws on the page's 2D canvas, exports it, and
// saves it, asking for the album permission (scope.writePhotosAlbum) the way WeChat requires:
// once by its own prompt; after a refusal only the settings page can give it back.
import Taro from '@tarojs/taro'
import type { Canvas2D, PictureRequest, SaveOutcome } from './types'

export type { Canvas2D, PictureRequest, SaveOutcome } from './types'

type CanvasNode = { width: number; height: number; getContext(type: '2d'): Canvas2D }

function canvasNode(canvasId: string): Promise<CanvasNode | null> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true })
        .exec((res: { node?: CanvasNode }[]) => resolve(res?.[0]?.node ?? null))
    } catch {
      resolve(null)
    }
  })
}

const isDenied = (e: unknown) => /auth|deny|denied|authorize/i.test(String((e as { errMsg?: string })?.errMsg ?? e))

/** The album permission: granted, never asked (the save will ask), or refused before. */
async function albumPermission(): Promise<'granted' | 'ask' | 'refused'> {
  try {
    const { authSetting } = await Taro.getSetting()
    const v = authSetting['scope.writePhotosAlbum']
    return v === true ? 'granted' : v === false ? 'refused' : 'ask'
  } catch {
    return 'ask'
  }
}

export async function savePicture(req: PictureRequest): Promise<SaveOutcome> {
  if ((await albumPermission()) === 'refused') return 'denied'
  const canvas = await canvasNode(req.canvasId)
  if (!canvas) return 'failed'
  canvas.width = req.width
  const picture = req.prepare(canvas.getContext('2d'))
  // resizing clears the canvas and its context's state: paint after
  canvas.height = picture.height
  picture.paint(canvas.getContext('2d'))
  const { height } = picture
  try {
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: canvas as never, width: req.width, height, destWidth: req.width, destHeight: height } as never)
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    return 'saved'
  } catch (e) {
    return isDenied(e) ? 'denied' : 'failed'
  }
}

/** After a refusal: WeChat's settings page, where the album permission can be switched on. */
export function openAlbumSettings(): void {
  Promise.resolve(Taro.openSetting()).catch(() => undefined)
}
