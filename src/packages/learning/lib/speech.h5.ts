// H5: the browser's own speech synthesis (Chinese or English voice as the UI language).
import type { Lang } from '@/common/lang'

const synth = (): SpeechSynthesis | undefined => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined)

export function canReadAloud(): boolean {
  return !!synth() && typeof SpeechSynthesisUtterance !== 'undefined'
}

export function readAloud(text: string, lang: Lang, onEnd: () => void): void {
  const s = synth()
  if (!s) return onEnd()
  try {
    s.cancel()
    const u = new SpeechSynthesisUtterance(text)
    u.lang = lang === 'zh-CN' ? 'zh-CN' : 'en-US'
    u.rate = 0.9
    u.onend = onEnd
    u.onerror = onEnd
    s.speak(u)
  } catch {
    onEnd()
  }
}

export function stopReading(): void {
  try {
    synth()?.cancel()
  } catch {
    // nothing to stop
  }
}
