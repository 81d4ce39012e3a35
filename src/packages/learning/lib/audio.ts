// A thin adapter over Taro.createInnerAudioContext for a session's recording. The context is
// created on the first tap (not on opening the lesson) and destroyed when the player goes away.
// A missing API, a bad URL or a network failure ends up in `onError`: never a crash.
import Taro from '@tarojs/taro'

export interface AudioEvents {
  /** playing (true) or paused/ended (false), as the platform reports it */
  onPlaying: (playing: boolean) => void
  onError: () => void
  /** played to its end (narration moves on to the next card) */
  onEnded?: () => void
}

export interface AudioPlayer {
  play(): void
  pause(): void
  destroy(): void
  /** playback speed (InnerAudioContext.playbackRate), kept for a context opened later */
  setRate(rate: number): void
}

type Ctx = Taro.InnerAudioContext

/** Calls `method` on the context when it exists; an API that throws counts as a failure. */
function safely(run: () => void, onError: () => void): void {
  try {
    run()
  } catch {
    onError()
  }
}

export function createAudioPlayer(src: string, events: AudioEvents, initialRate = 1): AudioPlayer {
  let ctx: Ctx | null = null
  let rate = initialRate

  const close = () => {
    const c = ctx
    ctx = null
    if (!c) return
    safely(() => c.stop(), () => undefined)
    safely(() => c.destroy(), () => undefined)
  }
  // A failed context is thrown away: the next tap tries again with a fresh one.
  const fail = () => {
    close()
    events.onPlaying(false)
    events.onError()
  }

  const open = (): Ctx | null => {
    if (ctx) return ctx
    try {
      if (typeof Taro.createInnerAudioContext !== 'function') throw new Error('no audio on this platform')
      const next = Taro.createInnerAudioContext()
      const mine = (fn: () => void) => () => ctx === next && fn() // ignore a closed context's late events
      next.src = src
      if (rate !== 1) safely(() => (next.playbackRate = rate), () => undefined)
      next.onPlay?.(mine(() => events.onPlaying(true)))
      next.onPause?.(mine(() => events.onPlaying(false)))
      next.onStop?.(mine(() => events.onPlaying(false)))
      next.onEnded?.(mine(() => (events.onPlaying(false), events.onEnded?.())))
      next.onError?.(mine(fail))
      ctx = next
    } catch {
      fail()
    }
    return ctx
  }

  return {
    play() {
      const c = open()
      if (!c) return
      events.onPlaying(true) // show "pause" at once; the platform's events correct it
      safely(() => c.play(), fail)
    },
    pause() {
      const c = ctx
      events.onPlaying(false)
      if (c) safely(() => c.pause(), () => undefined)
    },
    destroy: close,
    setRate(next) {
      rate = next
      const c = ctx
      if (c) safely(() => (c.playbackRate = next), () => undefined)
    }
  }
}
