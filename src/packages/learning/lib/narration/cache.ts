// weapp: a card's recording is downloaded once and kept on the phone (FileSystemManager.saveFile),
// so listening again costs no data; the map of saved files lives in storage, keyed by the
// recording's path and version. Anything missing falls back to the download's temporary file.
import Taro from '@tarojs/taro'

const FILES_KEY = 'fb.narration.files'
type Saved = Record<string, { v: string; file: string }>

function readSaved(): Saved {
  try {
    return (Taro.getStorageSync(FILES_KEY) as Saved) || {}
  } catch {
    return {}
  }
}

function fsm(): Taro.FileSystemManager | null {
  try {
    return typeof Taro.getFileSystemManager === 'function' ? Taro.getFileSystemManager() : null
  } catch {
    return null
  }
}

/** The saved copy of a recording, if this phone has this version of it. */
export function cachedAudio(path: string, v?: string): string | null {
  const saved = readSaved()[path]
  const fs = fsm()
  if (!saved || !fs || (v !== undefined && saved.v !== v)) return null
  try {
    fs.accessSync(saved.file)
    return saved.file
  } catch {
    return null
  }
}

/** Downloads a recording and keeps it; resolves with a path the audio context can play. */
export async function keepAudio(path: string, v: string, url: string): Promise<string> {
  const got = await Taro.downloadFile({ url })
  if (got.statusCode !== 200 || !got.tempFilePath) throw new Error(`download ${got.statusCode}`)
  const fs = fsm()
  if (!fs) return got.tempFilePath
  try {
    const file = await new Promise<string>((resolve, reject) =>
      fs.saveFile({ tempFilePath: got.tempFilePath, success: (r) => resolve(r.savedFilePath), fail: reject })
    )
    const saved = readSaved()
    const old = saved[path]
    if (old && old.file !== file) fs.unlink({ filePath: old.file, fail: () => undefined })
    Taro.setStorageSync(FILES_KEY, { ...saved, [path]: { v, file } })
    return file
  } catch {
    return got.tempFilePath // the phone's saved-file space is full: play it this time anyway
  }
}
