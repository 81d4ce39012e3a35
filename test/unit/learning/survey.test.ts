// The before/after survey: its content (version 2), how answers are checked and scored, and how
// a worker's before and after answers are paired (same version only) for the impact reports.
import fs from 'fs'
import path from 'path'
import { loadRawContent } from '../../../content/load'
import { SURVEY_OUTCOMES, SurveySchema, type Survey } from '../../../src/common/learning/content'
import {
  pairSurveyResponses,
  scoreAnswer,
  SURVEY_V1_ITEM_IDS,
  surveyAnswersProblem,
  unansweredItems,
  v1AnswersProblem,
  type SurveyResponse
} from '../../../src/common/learning/survey'

const survey: Survey = SurveySchema.parse(loadRawContent().survey)
const CJK = /[\u4e00-\u9fff]/
const item = (id: string) => [...survey.statements, ...survey.workplace.statements].find((i) => i.id === id)!

describe('content/survey.json (version 2)', () => {
  test('is version 2 with 8-10 items covering the five outcomes of the training', () => {
    expect(survey.version).toBe(2)
    expect(survey.statements.length).toBeGreaterThanOrEqual(8)
    expect(survey.statements.length).toBeLessThanOrEqual(10)
    for (const outcome of SURVEY_OUTCOMES) expect(survey.statements.filter((i) => i.outcome === outcome).length).toBeGreaterThanOrEqual(1)
  })

  test('keeps the program’s headline item, with its id, marked as the headline', () => {
    const headline = survey.statements.filter((i) => i.headline)
    expect(headline.map((i) => i.id)).toEqual(['s1-confidence'])
    expect(headline[0].text.en).toBe('I believe I can educate my children well even when I am not with them.')
    expect(headline[0].text['zh-CN']).toBe('我相信，就算不在孩子身边，我也能把孩子教育好。') // the same as in version 1
  })

  test('asks about discipline without hitting and recognising distress, two or three items reverse-worded', () => {
    expect(item('discipline-no-hitting').text['zh-CN']).toContain('不打')
    expect(item('distress-notice').text['zh-CN']).toContain('难受')
    const reverse = survey.statements.filter((i) => i.reversed)
    expect(reverse.length).toBeGreaterThanOrEqual(2)
    expect(reverse.length).toBeLessThanOrEqual(3)
  })

  test('behaviour items use the frequency scale (never … always); "not applicable" where an item may not fit', () => {
    expect(survey.scales.frequency.map((l) => l['zh-CN'])).toEqual(['从不', '很少', '有时', '经常', '总是'])
    for (const id of ['calls-child-talks', 'calls-caregivers', 'discipline-no-hitting', 'praise-specific', 'wellbeing-coping']) expect(item(id).scale).toBe('frequency')
    // not every child lives with grandparents
    expect(item('calls-caregivers').notApplicable?.['zh-CN']).toContain('不适用')
    expect(item('s1-confidence').notApplicable).toBeUndefined()
  })

  test('one idea per item: no item joins two statements with 和/并且/而且, or "and" between clauses', () => {
    for (const i of survey.statements) {
      expect(i.text['zh-CN']).not.toMatch(/并且|而且|同时/)
      expect(i.text['zh-CN'].match(/[，,]/g)?.length ?? 0).toBeLessThanOrEqual(2)
    }
  })

  test('the optional workplace block: stay 2 years, management cares, child used the space (yes/no/n.a.)', () => {
    expect(survey.workplace.statements.map((i) => i.id)).toEqual(['work-stay-2-years', 'work-management-cares', 'work-child-used-space'])
    expect(item('work-child-used-space').scale).toBe('yes-no')
    expect(item('work-child-used-space').notApplicable).toBeDefined()
  })

  test('every text in both languages: Chinese with Chinese characters, English without', () => {
    const texts = JSON.stringify(survey).match(/\{"zh-CN":"[^"]*","en":"[^"]*"\}/g)!
    expect(texts.length).toBeGreaterThan(20)
    for (const t of texts) {
      const { 'zh-CN': zh, en } = JSON.parse(t) as { 'zh-CN': string; en: string }
      expect(CJK.test(zh)).toBe(true)
      expect(CJK.test(en)).toBe(false)
      expect(en).not.toMatch(/'|"/) // typographic apostrophes and quotes
    }
  })

  test('content/survey-v1.json keeps the first version, whose item ids the server still accepts', () => {
    const v1 = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../content/survey-v1.json'), 'utf8')) as { version: number; statements: { id: string }[] }
    expect(v1.version).toBe(1)
    expect(v1.statements.map((s) => s.id)).toEqual([...SURVEY_V1_ITEM_IDS])
  })
})

describe('checking answers', () => {
  const all = (v: number) => Object.fromEntries(survey.statements.map((i) => [i.id, v]))

  test('a full set of answers on each item’s scale is fine, with or without the workplace block', () => {
    expect(surveyAnswersProblem(survey, all(4))).toBeNull()
    expect(unansweredItems(survey, all(4))).toEqual([])
    expect(surveyAnswersProblem(survey, { ...all(1), 'calls-caregivers': 'na' }, { 'work-stay-2-years': 5, 'work-child-used-space': 'na' })).toBeNull()
    expect(surveyAnswersProblem(survey, all(5), { 'work-child-used-space': 2 })).toBeNull()
  })

  test.each([
    ['"not applicable" on an item that does not offer it', { 's1-confidence': 'na' }, undefined, /s1-confidence has no "not applicable"/],
    ['an unknown item', { nope: 3 }, undefined, /unknown item nope/],
    ['an unknown workplace item', {}, { 'work-salary': 3 }, /unknown workplace item/],
    ['3 on a yes/no item', {}, { 'work-child-used-space': 3 }, /not on its yes-no scale/],
    ['a core item sent in the workplace block', {}, { 's2-needs': 3 }, /unknown workplace item s2-needs/]
  ])('%s is a problem', (_label, change, workplace, problem) => {
    expect(surveyAnswersProblem(survey, { ...all(3), ...(change as Record<string, 3>) }, workplace as Record<string, 3> | undefined)).toMatch(problem)
  })

  test('a missing item is reported as unanswered', () => {
    const { 's2-needs': _gone, ...rest } = all(3)
    expect(unansweredItems(survey, rest)).toEqual(['s2-needs'])
  })

  test('first-version answers: the seven statements, 1-5 each', () => {
    const v1 = Object.fromEntries(SURVEY_V1_ITEM_IDS.map((id) => [id, 4]))
    expect(v1AnswersProblem(v1)).toBeNull()
    expect(v1AnswersProblem({ ...v1, 's7-caregivers': 'na' })).toMatch(/no "not applicable"/)
    expect(v1AnswersProblem({ ...v1, 'calls-caregivers': 3 })).toMatch(/unknown item/)
    const { 's3-contact': _gone, ...six } = v1
    expect(v1AnswersProblem(six)).toMatch(/unanswered: s3-contact/)
  })
})

test('scores: higher is always the better outcome; reverse-worded items count backwards; n/a is left out', () => {
  expect(scoreAnswer(item('s2-needs'), 4)).toBe(4)
  expect(scoreAnswer(item('wellbeing-coping'), 5)).toBe(1) // "always" close to not coping
  expect(scoreAnswer(item('rights-child-views'), 2)).toBe(4)
  expect(scoreAnswer(item('calls-caregivers'), 'na')).toBeNull()
  expect(scoreAnswer(item('work-child-used-space'), 2)).toBe(2)
  expect(scoreAnswer({ scale: 'agree' }, undefined)).toBeNull()
})

describe('pairing before and after answers', () => {
  const r = (openid: string, phase: 'pre' | 'post', version: number, day: number, extra: Partial<SurveyResponse> = {}): SurveyResponse => ({
    openid,
    factoryId: 'f1',
    phase,
    version,
    answers: { 's1-confidence': phase === 'pre' ? 2 : 4 },
    submittedAt: new Date(Date.UTC(2026, 5, day)),
    ...extra
  })

  test('a worker’s pre and post of the same version make a pair; the workplace block comes along', () => {
    const pre = r('w1', 'pre', 2, 1, { workplace: { 'work-stay-2-years': 3 } })
    const post = r('w1', 'post', 2, 20, { workplace: { 'work-stay-2-years': 4 } })
    expect(pairSurveyResponses([post, pre])).toEqual({ pairs: [{ openid: 'w1', factoryId: 'f1', version: 2, pre, post }], unpaired: [] })
  })

  test('answers of different versions never pair: a version-1 before and a version-2 after stay apart', () => {
    const v1pre = r('w2', 'pre', 1, 1)
    const v2post = r('w2', 'post', 2, 20)
    expect(pairSurveyResponses([v1pre, v2post])).toEqual({ pairs: [], unpaired: [v1pre, v2post] })
  })

  test('each worker is paired on their own; a lone pre, or a post dated before the pre, is unpaired', () => {
    const a = [r('a', 'pre', 1, 1), r('a', 'post', 1, 9)]
    const b = [r('b', 'pre', 2, 3)]
    const c = [r('c', 'pre', 2, 10), r('c', 'post', 2, 2)]
    const { pairs, unpaired } = pairSurveyResponses([...a, ...b, ...c])
    expect(pairs.map((p) => [p.openid, p.version])).toEqual([['a', 1]])
    expect(pairs[0].pre.answers).toEqual({ 's1-confidence': 2 })
    expect(unpaired).toEqual([...b, ...c])
  })

  test('with both versions answered in full, each version pairs with itself', () => {
    const rs = [r('d', 'pre', 1, 1), r('d', 'post', 1, 5), r('d', 'pre', 2, 6), r('d', 'post', 2, 30)]
    expect(pairSurveyResponses(rs).pairs.map((p) => [p.version, p.pre.submittedAt, p.post.submittedAt])).toEqual([
      [1, rs[0].submittedAt, rs[1].submittedAt],
      [2, rs[2].submittedAt, rs[3].submittedAt]
    ])
  })
})
