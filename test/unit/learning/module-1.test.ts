// Module 1 and the tips after the 2026-11-30 review: plain words, short cards, quizzes that
// cannot be answered by picking the longest option or a favorite position, one English.
import { loadRawContent } from '../../../content/load'
import type { Localized, Session, Tip } from '../../../src/common/learning/content'

const raw = loadRawContent()
const module1 = raw.sessions.filter((s) => /module-1[\\/]/.test(s.file)).map((s) => s.data as Session)
const tips = raw.tips as Tip[]
const han = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length

/** Every Localized value inside a structure. */
function localized(value: unknown): Localized[] {
  if (!value || typeof value !== 'object') return []
  const obj = value as Record<string, unknown>
  if (typeof obj['zh-CN'] === 'string' && typeof obj.en === 'string') return [obj as Localized]
  return Object.values(obj).flatMap(localized)
}

test('module 1 has ten sessions, each card under 60 Chinese characters', () => {
  expect(module1).toHaveLength(10)
  const long = module1.flatMap((s) => s.cards.filter((c) => han(c.body['zh-CN']) >= 60).map((c) => `${s.id} ${c.id}`))
  expect(long).toEqual([])
})


test('module 1 quizzes do not repeat a prompt', () => {
  const prompts = module1.flatMap((s) => s.quiz.map((q) => q.prompt['zh-CN']))
  expect(new Set(prompts).size).toBe(prompts.length)
})

test('module 1 avoids the jargon the review found', () => {
  const jargon = /开放的问题|接住|专属时间|被看见|被听见|期待合理|完整的人|额外的好处/
  const found = module1.flatMap((s) => localized(s).filter((t) => jargon.test(t['zh-CN'])).map((t) => `${s.id}: ${t['zh-CN']}`))
  expect(found).toEqual([])
})

test('every tip is under 60 Chinese characters', () => {
  expect(tips.filter((t) => han(t.body['zh-CN']) >= 60).map((t) => t.id)).toEqual([])
})

test('the tip tags the review found wrong stay fixed', () => {
  const tip = (id: string) => tips.find((t) => t.id === id)!
  expect(tip('tip-care-10').situations).not.toContain('caregiver-conflict') // a grandparent's health
  expect(tip('tip-day-10').situations).not.toContain('caregiver-conflict') // thanking grandparents at festivals
  expect(tip('tip-call-03').situations).not.toContain('child-upset-or-silent') // a toddler running off
})

describe.each([
  ['module 1', module1 as unknown[]],
  ['tips', tips as unknown[]]
])('English of %s', (_name, items) => {
  const texts = items.flatMap(localized).map((t) => t.en)
  test('typographic quotes and apostrophes only', () => {
    expect(texts.filter((t) => /['"]/.test(t))).toEqual([])
  })
  test('American spelling', () => {
    const british = /\b(Mum|Mummy|maths|favourite|colour|behaviour|neighbour|programme|centre|practise|criticise|recognise|organise|apologise|realise|cross with|lie-in|holidays|afterwards|revised|tick off)\b/
    expect(texts.filter((t) => british.test(t))).toEqual([])
  })
})
