// A page's narration: one narrator (so only one thing speaks at a time), the listener's speed and
// "read the next card automatically" (kept on the device), and the one-time "cannot read aloud".
import Taro, { useUnload } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { createNarrator, RATES, type NarrationItem, type NarrationState, type Rate } from './narrator'
import { narrationSources, type LocateAudio } from './sources'

const PREFS_KEY = 'fb.narration.prefs'
interface Prefs {
  rate: Rate
  auto: boolean
}

function readPrefs(): Prefs {
  try {
    const p = Taro.getStorageSync(PREFS_KEY) as Partial<Prefs> | ''
    const rate = p && RATES.includes(p.rate as Rate) ? (p.rate as Rate) : 1
    return { rate, auto: !!(p && p.auto) }
  } catch {
    return { rate: 1, auto: false }
  }
}

export interface Narration {
  /** the item speaking (or getting ready, or paused) now */
  activeId: string | null
  state: NarrationState
  rate: Rate
  auto: boolean
  /** nothing could speak on this device (shown once, under the controls) */
  unavailable: boolean
  toggle(item: NarrationItem): void
  play(item: NarrationItem): void
  stop(): void
  setRate(rate: Rate): void
  setAuto(auto: boolean): void
}

const noAudio: LocateAudio = async () => null

export function useNarration(opts: { locate?: LocateAudio; onEnded?: (id: string) => void } = {}): Narration {
  const [prefs, setPrefs] = useState(readPrefs)
  const [now, setNow] = useState<{ id: string | null; state: NarrationState }>({ id: null, state: 'idle' })
  const [unavailable, setUnavailable] = useState(false)
  const latest = useRef(opts)
  latest.current = opts

  const narrator = useMemo(
    () =>
      createNarrator(
        narrationSources((path) => (latest.current.locate ?? noAudio)(path)),
        {
          onState: (id, state) => setNow({ id: state === 'idle' ? null : id, state }),
          onEnded: (id) => latest.current.onEnded?.(id),
          onUnavailable: () => setUnavailable(true)
        },
        prefs.rate
      ),
    []
  )
  useEffect(() => () => narrator.destroy(), [narrator])
  useUnload(() => narrator.destroy())

  const save = (next: Prefs) => {
    setPrefs(next)
    try {
      Taro.setStorageSync(PREFS_KEY, next)
    } catch {
      // the choice still holds for this page
    }
  }

  return {
    activeId: now.id,
    state: now.state,
    rate: prefs.rate,
    auto: prefs.auto,
    unavailable,
    toggle(item) {
      if (now.id !== item.id) return narrator.play(item)
      if (now.state === 'playing') narrator.pause()
      else if (now.state === 'paused') narrator.resume()
      else narrator.stop()
    },
    play: (item) => narrator.play(item),
    stop: () => narrator.stop(),
    setRate(rate) {
      narrator.setRate(rate)
      save({ ...prefs, rate })
    },
    setAuto: (auto) => save({ ...prefs, auto })
  }
}
