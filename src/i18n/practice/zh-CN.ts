// The weekly practice on the Learn tab (main package: kept short); the screens' own text is in
// the learning subpackage (src/packages/learning/practice/i18n).
export const practiceZhCN = {
  'practice.card.title': '本周小练习',
  'practice.card.day': '{m}月{d}日',
  'practice.card.week': '这周内',
  'practice.card.ask': '您试了吗？',
  'practice.card.streak': '已经连续{n}周做了练习，真棒！',
  'practice.answer.yes': '试了',
  'practice.answer.a-bit': '试了一点',
  'practice.answer.not-yet': '还没有'
} as const
