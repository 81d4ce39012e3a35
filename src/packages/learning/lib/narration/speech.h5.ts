// H5: the browser's own speech synthesis, in the UI language, at the chosen speed.
import type { Source } from './narrator'

const synth = (): SpeechSynthesis | undefined => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined)

export const speechSource: Source = {
  kind: 'speech',
  async open(item, rate, events) {
    const s = synth()
    if (!s || typeof SpeechSynthesisUtterance === 'undefined') return null
    let live: SpeechSynthesisUtterance | null = null
    let paused = false
    const speak = () => {
      const u = new SpeechSynthesisUtterance(item.text)
      u.lang = item.lang === 'zh-CN' ? 'zh-CN' : 'en-US'
      u.rate = rate
      const mine = (fn: () => void) => () => live === u && fn() // a cancelled utterance's late events
      u.onstart = mine(() => events.onPlaying(true))
      u.onend = mine(() => ((live = null), events.onEnded()))
      u.onerror = mine(() => ((live = null), events.onError()))
      live = u
      s.cancel()
      s.speak(u)
    }
    return {
      play() {
        try {
          if (paused && live) {
            paused = false
            s.resume()
            events.onPlaying(true)
          } else speak()
        } catch {
          events.onError()
        }
      },
      pause() {
        paused = true
        try {
          s.pause()
        } catch {
          // nothing to pause
        }
        events.onPlaying(false)
      },
      stop() {
        live = null
        paused = false
        try {
          s.cancel()
        } catch {
          // nothing to stop
        }
      },
      setRate(next) {
        rate = next // the browser cannot change a running utterance: applies to the next one
      }
    }
  }
}
