// The order narration tries: the card's recording (kept on the phone), then synthesized speech.
import { cachedAudio, keepAudio } from './cache'
import type { Source } from './narrator'
import { audioPlayback } from './playback'
import { speechSource } from './speech'

/** Where a recording can be fetched now (a temporary URL) and which version it is. */
export type LocateAudio = (path: string) => Promise<{ url: string; v: string } | null>

export function recordedSource(locate: LocateAudio): Source {
  return {
    kind: 'recorded',
    async open(item, rate, events) {
      if (!item.audio) return null
      const at = await locate(item.audio).catch(() => null)
      // Offline (no URL now): a copy saved earlier still plays.
      const file = at ? cachedAudio(item.audio, at.v) ?? (await keepAudio(item.audio, at.v, at.url)) : cachedAudio(item.audio)
      return file ? audioPlayback(file, rate, events) : null
    }
  }
}

export function narrationSources(locate: LocateAudio): Source[] {
  return [recordedSource(locate), speechSource]
}
