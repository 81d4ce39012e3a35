// Messages of the learning subpackage's newer screen parts (a session's recording or video, the
// "remind me next week" prompt), Simplified Chinese, the source of the keys. Kept out of the
// main-package dictionaries (src/i18n/learning) so the main package stays within its budget.
export const learningScreensZhCN = {
  'learning.lesson.pauseAudio': '暂停录音',
  'learning.lesson.audioFailed': '录音现在放不了。请看看网络，等一下再点一次。下面的字照样可以看。',
  'learning.lesson.videoFailed': '视频现在放不了。请看看网络，等一下再试。下面的字照样可以看。',

  'learning.quiz.nudgeAsk': '提醒我下周继续学',
  'learning.quiz.nudgeAccepted': '好的，下周会在微信里提醒您继续学。',
  'learning.quiz.nudgeDeclined': '这次不在微信里提醒。您随时可以回来接着学。',
  'learning.quiz.nudgeUnavailable': '现在没法设微信提醒。您随时可以回来接着学。',

  'learning.narration.play': '🔊 读给我听',
  'learning.narration.listen': '🔊 听',
  'learning.narration.pause': '⏸ 暂停',
  'learning.narration.resume': '▶ 继续听',
  'learning.narration.loading': '⏳ 准备中…',
  'learning.narration.speed': '语速',
  'learning.narration.autoOn': '读完自动读下一张：开',
  'learning.narration.autoOff': '读完自动读下一张：关',
  'learning.narration.unavailable': '这台手机现在没法朗读，请看文字。其他功能照常可以用。'
} as const
