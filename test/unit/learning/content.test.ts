// The course content is complete, valid and translated.
import path from 'path'
import { loadRawContent } from '../../../content/load'
import {
  AGE_BANDS,
  ModuleSchema,
  SessionSchema,
  SITUATIONS,
  SurveySchema,
  TipSchema,
  type Localized
} from '../../../src/common/learning/content'

const raw = loadRawContent()
const CJK = /[\u4e00-\u9fff]/

/** Every Localized value inside a structure, with its path. */
function localizedValues(value: unknown, at = ''): [string, Localized][] {
  if (!value || typeof value !== 'object') return []
  const obj = value as Record<string, unknown>
  if (typeof obj['zh-CN'] === 'string' && typeof obj.en === 'string') return [[at, obj as Localized]]
  return Object.entries(obj).flatMap(([k, v]) => localizedValues(v, `${at}/${k}`))
}

function expectTranslated(value: unknown) {
  for (const [where, text] of localizedValues(value)) {
    if (!CJK.test(text['zh-CN'])) throw new Error(`${where}: the Chinese text has no Chinese characters: ${text['zh-CN']}`)
    if (CJK.test(text.en)) throw new Error(`${where}: the English text contains Chinese characters: ${text.en}`)
  }
}

test('three modules', () => {
  expect(raw.modules.map((m) => ModuleSchema.parse(m).number)).toEqual([1, 2, 3])
  expectTranslated(raw.modules)
})

describe.each(raw.sessions.map((s) => [path.relative(path.join(__dirname, '../../..'), s.file), s.data]))('%s', (file, data) => {
  test('is a valid, fully translated session whose id matches its file', () => {
    const session = SessionSchema.parse(data)
    const [, mod, num] = /module-(\d)\/session-(\d\d)\.json$/.exec(String(file))!
    expect(session.id).toBe(`m${mod}-s${num}`)
    expect(session.module).toBe(Number(mod))
    expect(session.number).toBe(Number(num))
    expectTranslated(session)
    expect(new Set(session.cards.map((c) => c.id)).size).toBe(session.cards.length)
    expect(new Set(session.quiz.map((q) => q.id)).size).toBe(session.quiz.length)
  })
})

test('the course has 3 modules x 10 sessions', () => {
  const ids = raw.sessions.map((s) => (s.data as { id: string }).id)
  const expected = [1, 2, 3].flatMap((m) => Array.from({ length: 10 }, (_v, i) => `m${m}-s${String(i + 1).padStart(2, '0')}`))
  expect(ids).toEqual(expected)
})

test('at least 60 tips, valid, translated, with unique ids, covering every age band and situation', () => {
  const tips = raw.tips.map((t) => TipSchema.parse(t))
  expect(tips.length).toBeGreaterThanOrEqual(60)
  expect(new Set(tips.map((t) => t.id)).size).toBe(tips.length)
  expectTranslated(tips)
  for (const band of AGE_BANDS) expect(tips.filter((t) => t.ageBands.includes(band)).length).toBeGreaterThanOrEqual(10)
  for (const situation of SITUATIONS) expect(tips.filter((t) => t.situations.includes(situation)).length).toBeGreaterThanOrEqual(2)
})

test('the before/after self-assessment survey', () => {
  const survey = SurveySchema.parse(raw.survey)
  expectTranslated(survey)
  expect(new Set(survey.statements.map((s) => s.id)).size).toBe(survey.statements.length)
})
