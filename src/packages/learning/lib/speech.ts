// Read-aloud where the platform has a voice. WeChat has no built-in text-to-speech for mini
// programs (it needs a plugin), so on weapp the button is simply not shown: never an error.
import type { Lang } from '@/common/lang'

export function canReadAloud(): boolean {
  return false
}

export function readAloud(_text: string, _lang: Lang, _onEnd: () => void): void {}

export function stopReading(): void {}
