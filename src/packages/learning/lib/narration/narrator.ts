// One narration adapter for every card, question, option and statement: it tries the item's
// recorded audio first, then synthesized speech (WeChat's 同声传译 plugin on weapp, the browser's
// speechSynthesis on H5), and when neither can speak it says so (`onUnavailable`) instead of
// failing. Sources are injected (platform.ts / platform.h5.ts) so the choice is unit-tested.
import type { Lang } from '@/common/lang'

export const RATES = [0.8, 1, 1.25] as const
export type Rate = (typeof RATES)[number]

export interface NarrationItem {
  /** what the buttons track: a card id, `q1`, `q1:a`, ... */
  id: string
  text: string
  lang: Lang
  /** the item's recording, `<session>/<card>` (content/audio/m1-s01/c1.mp3 → 'm1-s01/c1') */
  audio?: string
}

export interface PlaybackEvents {
  onPlaying: (playing: boolean) => void
  onEnded: () => void
  onError: () => void
}

export interface Playback {
  play(): void
  pause(): void
  stop(): void
  setRate(rate: Rate): void
}

export type SourceKind = 'recorded' | 'speech'

/** One way to speak an item; `open` resolves null when it has nothing for this item. */
export interface Source {
  kind: SourceKind
  open(item: NarrationItem, rate: Rate, events: PlaybackEvents): Promise<Playback | null>
}

export type NarrationState = 'idle' | 'loading' | 'playing' | 'paused'

export interface NarratorEvents {
  /** the state of the item being narrated (id null: nothing) */
  onState: (id: string | null, state: NarrationState, kind: SourceKind | null) => void
  /** the item was read to its end (the lesson player moves on when "read the next card" is on) */
  onEnded: (id: string) => void
  /** no source could speak this item */
  onUnavailable: (id: string) => void
}

export interface Narrator {
  play(item: NarrationItem): void
  pause(): void
  resume(): void
  stop(): void
  setRate(rate: Rate): void
  destroy(): void
}

export function createNarrator(sources: Source[], events: NarratorEvents, initialRate: Rate = 1): Narrator {
  let rate = initialRate
  let current: { item: NarrationItem; playback: Playback | null } | null = null
  let turn = 0 // a newer play()/stop() makes an older attempt's late callbacks moot

  const finish = (id: string | null) => {
    current = null
    events.onState(id, 'idle', null)
  }

  async function attempt(item: NarrationItem, from: number, mine: number): Promise<void> {
    for (let i = from; i < sources.length; i++) {
      if (mine !== turn) return
      const source = sources[i]
      let playback: Playback | null = null
      const state = { started: false, fellThrough: false }
      const ev: PlaybackEvents = {
        onPlaying: (playing) => {
          if (mine !== turn || state.fellThrough || (!playing && !state.started)) return
          if (playing) state.started = true
          events.onState(item.id, playing ? 'playing' : 'paused', source.kind)
        },
        onEnded: () => {
          if (mine !== turn || state.fellThrough) return
          turn++
          playback?.stop()
          finish(item.id)
          events.onEnded(item.id)
        },
        onError: () => {
          if (mine !== turn || state.fellThrough) return
          state.fellThrough = true
          playback?.stop()
          // Failing before a sound was heard: the next source gets its turn.
          if (!state.started) void attempt(item, i + 1, mine)
          else finish(item.id)
        }
      }
      try {
        playback = await source.open(item, rate, ev)
      } catch {
        playback = null
      }
      if (mine !== turn) return playback?.stop()
      if (!playback) continue
      current = { item, playback }
      events.onState(item.id, 'loading', source.kind)
      playback.play()
      return
    }
    if (mine !== turn) return
    finish(item.id)
    events.onUnavailable(item.id)
  }

  const stopCurrent = () => {
    turn++
    const c = current
    current = null
    c?.playback?.stop()
    return c
  }

  return {
    play(item) {
      const c = stopCurrent()
      if (c && c.item.id !== item.id) events.onState(c.item.id, 'idle', null)
      const mine = turn
      current = { item, playback: null }
      events.onState(item.id, 'loading', null)
      void attempt(item, 0, mine)
    },
    pause() {
      current?.playback?.pause()
    },
    resume() {
      current?.playback?.play()
    },
    stop() {
      const c = stopCurrent()
      if (c) events.onState(c.item.id, 'idle', null)
    },
    setRate(next) {
      rate = next
      current?.playback?.setRate(next)
    },
    destroy() {
      stopCurrent()
    }
  }
}
