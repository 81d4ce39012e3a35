// English messages of the learning subpackage's own dictionary; exactly the keys of ./zh-CN
// (a missing key is a type error).
import type { learningScreensZhCN } from './zh-CN'

export const learningScreensEn: Record<keyof typeof learningScreensZhCN, string> = {
  'learning.lesson.pauseAudio': 'Pause the recording',
  'learning.lesson.audioFailed': 'The recording cannot play right now. Check your network and tap again in a moment. You can still read the text below.',
  'learning.lesson.videoFailed': 'The video cannot play right now. Check your network and try again in a moment. You can still read the text below.',

  'learning.quiz.nudgeAsk': 'Remind me to keep learning next week',
  'learning.quiz.nudgeAccepted': 'OK, we will remind you in WeChat next week.',
  'learning.quiz.nudgeDeclined': 'No WeChat reminder this time. You can come back and keep learning any time.',
  'learning.quiz.nudgeUnavailable': 'WeChat reminders cannot be set right now. You can come back and keep learning any time.',

  'learning.narration.play': '🔊 Read it to me',
  'learning.narration.listen': '🔊 Listen',
  'learning.narration.pause': '⏸ Pause',
  'learning.narration.resume': '▶ Go on',
  'learning.narration.loading': '⏳ Getting ready…',
  'learning.narration.speed': 'Speed',
  'learning.narration.autoOn': 'Read the next card automatically: on',
  'learning.narration.autoOff': 'Read the next card automatically: off',
  'learning.narration.unavailable': 'This phone cannot read aloud right now; please read the text. Everything else works as usual.'
}
