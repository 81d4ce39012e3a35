// Modules 2 and 3 after the 2026-11-30 review: the missing safety and health topics are taught
// (each with a quiz question), cards stay short and plain, quizzes cannot be answered by picking
// the longest option or a favorite position, one English.
import { loadRawContent } from '../../../content/load'
import type { Localized, Session } from '../../../src/common/learning/content'

const raw = loadRawContent()
const all = raw.sessions.map((s) => s.data as Session)
const modules23 = all.filter((s) => s.module === 2 || s.module === 3)
const byId = (id: string) => all.find((s) => s.id === id)!
const han = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length

/** Every Localized value inside a structure. */
function localized(value: unknown): Localized[] {
  if (!value || typeof value !== 'object') return []
  const obj = value as Record<string, unknown>
  if (typeof obj['zh-CN'] === 'string' && typeof obj.en === 'string') return [obj as Localized]
  return Object.values(obj).flatMap(localized)
}
const cardsText = (s: Session) => s.cards.map((c) => c.body['zh-CN']).join('\n')
const quizText = (s: Session) =>
  s.quiz.map((q) => [q.prompt, ...q.options.flatMap((o) => [o.text, o.explanation])].map((t) => t['zh-CN']).join(' ')).join('\n')

test('modules 2 and 3 have ten sessions each, 4-8 cards a session, each card under 60 Chinese characters', () => {
  expect(modules23).toHaveLength(20)
  for (const s of modules23) expect(s.cards.length).toBeGreaterThanOrEqual(4)
  for (const s of modules23) expect(s.cards.length).toBeLessThanOrEqual(8)
  const long = modules23.flatMap((s) => s.cards.filter((c) => han(c.body['zh-CN']) >= 60).map((c) => `${s.id} ${c.id}`))
  expect(long).toEqual([])
})

// [session, what the cards must teach, what a quiz question must ask about (null: the card alone)]
const topics: [string, string, RegExp[], RegExp | null][] = [
  ['m2-s02', 'vaccination record and free checks', [/预防接种证/, /免费体检/], /接种证/],
  ['m2-s02', 'breast milk only to 6 months, then solid foods', [/前6个月只吃母乳/, /满6个月加辅食/], /配方奶粉/],
  ['m2-s02', 'danger signs: fever under 3 months, refusing feeds', [/不满3个月的宝宝发烧/, /不吃奶/], /不满3个月/],
  ['m2-s02', 'no adult medicine, antibiotics or drips only from a doctor', [/别给宝宝吃大人的药/, /抗生素和打吊针，要医生看过/], /吊针/],
  ['m2-s03', 'body safety for ages 3-5', [/背心、裤衩盖住的地方/, /难受的秘密/], /背心裤衩盖住的地方/],
  ['m2-s04', 'body safety and secrets for ages 6-11', [/背心裤衩盖住的地方/, /难受的秘密不用守/], /秘密/],
  ['m2-s04', 'puberty from nine or ten', [/九、十岁就开始讲/, /10到12岁来月经/], /月经/],
  ['m2-s05', 'teen low mood and self-harm', [/划痕/, /12356/], /划痕[\s\S]*12356/],
  ['m2-s05', 'smoking and drinking', [/抽烟、喝酒/], /烟/],
  ['m2-s06', 'suicidal thoughts: 12356, stay with the child, lock away pesticides and medicines', [/12356/, /别让他一个人待着/, /农药和药锁好/], /12356/],
  ['m2-s07', 'scalds and falls', [/暖水瓶/, /窗户、平房顶要有护栏/], null],
  ['m2-s07', 'dog bites: 15 minutes of washing, rabies vaccine the same day', [/冲洗伤口15分钟/, /当天就去打狂犬疫苗/], /狂犬疫苗/],
  ['m2-s07', 'carbon monoxide from coal stoves', [/煤炉/, /煤气中毒/], /煤炉/],
  ['m2-s07', 'choking under 3', [/3岁以下/, /噎住/], /花生/],
  ['m2-s08', 'minor mode, refunds, 96110', [/未成年人模式/, /申请退款/, /96110/], /申请退款[\s\S]*96110|96110[\s\S]*申请退款/],
  ['m2-s10', 'hotline office hours; 110/120 at night or in danger', [/白天上班时间有人接；夜里或有危险，直接打110\/120/], /上班时间/],
  ['m2-s10', 'a caregiver who beats the child is domestic violence', [/家庭暴力/, /儿童主任/, /12338/, /换人照顾/], /家庭暴力/],
  ['m3-s08', 'small children never travel alone; child escort services', [/小孩子不能一个人坐车/, /儿童陪护服务/], /不能一个人坐车/]
]

test.each(topics)('%s teaches %s', (id, _what, inCards, inQuiz) => {
  const s = byId(id)
  for (const re of inCards) expect(cardsText(s)).toMatch(re)
  if (inQuiz) expect(quizText(s)).toMatch(inQuiz)
})

test('body safety is taught to the child before the “if your child tells you” session', () => {
  const order = all.map((s) => s.id)
  expect(order.indexOf('m2-s03')).toBeLessThan(order.indexOf('m2-s10'))
  expect(cardsText(byId('m2-s05'))).not.toMatch(/12岁.{0,6}月经/)
})


test('no quiz prompt is repeated anywhere in the course', () => {
  const prompts = all.flatMap((s) => s.quiz.map((q) => q.prompt['zh-CN']))
  expect(new Set(prompts).size).toBe(prompts.length)
})

test('modules 2-3 avoid the jargon the review found', () => {
  const jargon = /开放的问题|接住|专属时间|被看见|被听见|期待合理|完整的人|额外的好处|留守的孩子/
  const found = modules23.flatMap((s) => localized(s).filter((t) => jargon.test(t['zh-CN'])).map((t) => `${s.id}: ${t['zh-CN']}`))
  expect(found).toEqual([])
})

describe('English of modules 2-3', () => {
  const texts = modules23.flatMap(localized).map((t) => t.en)
  test('typographic quotes and apostrophes only', () => {
    expect(texts.filter((t) => /['"]/.test(t))).toEqual([])
  })
  test('American spelling', () => {
    const british = /\b(Mum|Mummy|maths|marks|nappies|favourite|colour|behaviour|neighbour|programme|centre|practise|criticise|recognise|organise|apologise|realise|diarrhoea|cross with|head teacher|holidays)\b/
    expect(texts.filter((t) => british.test(t))).toEqual([])
  })
  test('the mistranslations the review found are fixed', () => {
    expect(byId('m2-s08').cards.find((c) => c.id === 'c6')!.body.en).toMatch(/is a bad person/)
    expect(byId('m3-s04').cards.find((c) => c.id === 'c6')!.body.en).toMatch(/read all the questions to the end/)
  })
})
