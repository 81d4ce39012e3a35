// The safety canon (issue 9): what the content says about danger, hotlines, suicidal thoughts,
// domestic violence and promises must agree everywhere it is said. Checked where it can be
// checked mechanically, on the content listed in CHECKED (modules 1-3 and all tips).
import path from 'path'
import { loadRawContent } from '../../../content/load'
import type { Localized, Session, Tip } from '../../../src/common/learning/content'

const raw = loadRawContent()
const CHECKED_MODULES = [1, 2, 3]
const sessions = raw.sessions
  .filter((s) => CHECKED_MODULES.includes(Number(/module-(\d)/.exec(s.file)![1])))
  .map((s) => s.data as Session)
const tips = raw.tips as Tip[]

interface Text {
  where: string
  text: Localized
}

/** Every user-facing text of a session: cards, practice, prompts, and each option read with its explanation. */
function sessionTexts(s: Session): Text[] {
  return [
    { where: `${s.id} summary`, text: s.summary },
    ...s.cards.map((c) => ({ where: `${s.id} ${c.id}`, text: c.body })),
    { where: `${s.id} practice`, text: s.practice.body },
    ...s.quiz.flatMap((q) => [
      { where: `${s.id} ${q.id} prompt`, text: q.prompt },
      ...q.options.map((o) => ({
        where: `${s.id} ${q.id} ${o.id}`,
        text: { 'zh-CN': `${o.text['zh-CN']} ${o.explanation['zh-CN']}`, en: `${o.text.en} ${o.explanation.en}` }
      }))
    ])
  ]
}

const texts: Text[] = [...sessions.flatMap(sessionTexts), ...tips.map((t) => ({ where: t.id, text: t.body }))]
const offending = (pred: (t: Text) => boolean) => texts.filter(pred).map((t) => `${t.where}: ${t.text['zh-CN']} | ${t.text.en}`)

test('the checked content is there (modules 1-3, every tip)', () => {
  expect(sessions).toHaveLength(30)
  expect(tips.length).toBeGreaterThanOrEqual(60)
  expect(path.basename(raw.sessions[0].file)).toBe('session-01.json')
})

test('12355 and 12338 are never presented as always answered: office hours, or 110 for danger, in the same text', () => {
  const office = offending(
    (t) => /12355|12338/.test(t.text['zh-CN']) && !(/上班时间/.test(t.text['zh-CN']) || /110/.test(t.text['zh-CN']))
  )
  const officeEn = offending((t) => /12355|12338/.test(t.text.en) && !(/office hours/i.test(t.text.en) || /110/.test(t.text.en)))
  expect([...office, ...officeEn]).toEqual([])
})

test('12355 is never the only route for a child who is being hurt (tips)', () => {
  expect(offending((t) => t.where.startsWith('tip-') && /12355/.test(t.text['zh-CN']) && !/110/.test(t.text['zh-CN']))).toEqual([])
})

test('suicidal thoughts always come with 12356, and cards on them say not to leave the person alone', () => {
  const suicidal = /不想活|活着没意思|想死|轻生/
  const withoutLine = offending((t) => suicidal.test(t.text['zh-CN']) && !t.where.includes(' prompt') && !/12356/.test(t.text['zh-CN']))
  expect(withoutLine).toEqual([])
  // a quiz question about it: its key names 12356
  for (const s of sessions) {
    for (const q of s.quiz.filter((qq) => suicidal.test(qq.prompt['zh-CN']))) {
      const key = q.options.find((o) => o.correct)!
      expect(`${key.text['zh-CN']} ${key.explanation['zh-CN']}`).toMatch(/12356/)
      expect(`${key.text.en} ${key.explanation.en}`).toMatch(/12356/)
    }
  }
  // somewhere in the checked content: stay with them, lock away pesticides and medicines
  const all = texts.map((t) => t.text['zh-CN']).join('\n')
  expect(all).toMatch(/别让他一个人待着/)
  expect(all).toMatch(/农药.{0,4}药.{0,6}锁/)
})

test('domestic violence and sexual abuse always name 110', () => {
  expect(offending((t) => /家庭暴力|性侵/.test(t.text['zh-CN']) && !/110/.test(t.text['zh-CN']))).toEqual([])
  expect(offending((t) => /domestic violence|sexual/i.test(t.text.en) && !/110/.test(t.text.en))).toEqual([])
})

test('no tip uses the guilt line or makes a firm promise of a reunion', () => {
  const guilt = offending((t) => t.where.startsWith('tip-') && (/为了你/.test(t.text['zh-CN']) || /\bfor you\b/i.test(t.text.en)))
  expect(guilt).toEqual([])
  const promise = /一定(会)?(回来|回家|来看你)|(暑假|过年|春节|明年)(我们)?就(能)?(见面|回来|回家)/
  expect(offending((t) => t.where.startsWith('tip-') && promise.test(t.text['zh-CN']))).toEqual([])
})

test('a wrong option’s explanation never admits that the option is fine', () => {
  const admits = /也可以|也行|也很好|也不错|也没错|也挺好/
  const found = sessions.flatMap((s) =>
    s.quiz.flatMap((q) => q.options.filter((o) => !o.correct && admits.test(o.explanation['zh-CN'])).map((o) => `${s.id} ${q.id} ${o.id}: ${o.explanation['zh-CN']}`))
  )
  expect(found).toEqual([])
})
