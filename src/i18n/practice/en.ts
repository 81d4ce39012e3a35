// English of ./zh-CN; exactly its keys (a missing key is a type error).
import type { practiceZhCN } from './zh-CN'

export const practiceEn: Record<keyof typeof practiceZhCN, string> = {
  'practice.card.title': "This week's practice",
  'practice.card.day': 'on {m}/{d}',
  'practice.card.week': 'this week',
  'practice.card.ask': 'Did you try it?',
  'practice.card.streak': '{n} weeks of practice in a row. Well done!',
  'practice.answer.yes': 'Yes',
  'practice.answer.a-bit': 'A bit',
  'practice.answer.not-yet': 'Not yet'
}
