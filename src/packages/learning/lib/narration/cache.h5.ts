// H5: the browser's HTTP cache keeps the recording; nothing is saved by the app.
export function cachedAudio(_path: string, _v?: string): string | null {
  return null
}

export async function keepAudio(_path: string, _v: string, url: string): Promise<string> {
  return url
}
