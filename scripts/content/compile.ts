// Validates the course content with the shared zod schemas and compiles it into the one
// object the `api` function bundles (build/content/course.json). Run through
// scripts/build-content.mjs (esbuild), which `npm run build:server` calls first.
import crypto from 'crypto'
import path from 'path'
import { loadRawContent } from '../../content/load'
import { ModuleSchema, SessionSchema, SurveySchema, TipSchema, type CourseModule, type Session, type Survey, type Tip } from '../../src/common/learning/content'
import { courseCards, courseQuestions, quizBalance, readability } from './quality'

export interface CompiledCourse {
  /** hash of the content: the app's cache key */
  version: string
  modules: CourseModule[]
  /** in course order */
  sessions: Session[]
  tips: Tip[]
  /** absent until content/survey.json exists */
  survey?: Survey
}

export class ContentError extends Error {}

export function compileContent(): CompiledCourse {
  const raw = loadRawContent()
  const problems: string[] = []
  const parse = <T>(where: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: (string | number)[]; message: string }[] } } }, value: unknown): T | undefined => {
    const r = schema.safeParse(value)
    if (r.success) return r.data
    for (const i of r.error.issues) problems.push(`${where} ${i.path.join('.')}: ${i.message}`)
    return undefined
  }

  const modules = raw.modules.flatMap((m, i) => parse<CourseModule>(`modules.json[${i}]`, ModuleSchema, m) ?? [])
  const sessions = raw.sessions.flatMap(({ file, data }) => {
    const where = path.relative(path.join(__dirname, '..'), file)
    const s = parse<Session>(where, SessionSchema, data)
    if (!s) return []
    const [, mod, num] = /module-(\d)[\\/]session-(\d\d)\.json$/.exec(file) ?? []
    if (s.id !== `m${mod}-s${num}` || s.module !== Number(mod) || s.number !== Number(num)) problems.push(`${where}: id/module/number do not match the file name`)
    if (!modules.some((m) => m.number === s.module)) problems.push(`${where}: module ${s.module} is not in modules.json`)
    return [s]
  })
  const tips = raw.tips.flatMap((t, i) => parse<Tip>(`tips[${i}]`, TipSchema, t) ?? [])
  const dupTips = tips.filter((t, i) => tips.findIndex((x) => x.id === t.id) !== i)
  if (dupTips.length) problems.push(`duplicate tip ids: ${dupTips.map((t) => t.id).join(', ')}`)
  const survey = raw.survey === undefined ? undefined : parse<Survey>('survey.json', SurveySchema, raw.survey)

  if (problems.length) throw new ContentError(`Course content is not valid:\n  ${problems.join('\n  ')}`)
  const body = { modules, sessions, tips, ...(survey ? { survey } : {}) }
  const version = crypto.createHash('sha1').update(JSON.stringify(body)).digest('hex').slice(0, 12)
  return { version, ...body }
}

const count = <T>(items: T[], f: (t: T) => number) => items.reduce((a, t) => a + f(t), 0)

/** The counts `npm run content:stats` prints. */
export function contentStats(course: CompiledCourse) {
  const questions = course.sessions.flatMap((s) => s.quiz)
  const options = questions.flatMap((q) => q.options)
  const byModule = Object.fromEntries(course.modules.map((m) => [m.number, course.sessions.filter((s) => s.module === m.number).length]))
  const tally = (keys: string[][]) => keys.flat().reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {})
  return {
    version: course.version,
    modules: course.modules.length,
    sessions: course.sessions.length,
    sessionsByModule: byModule,
    cards: count(course.sessions, (s) => s.cards.length),
    practices: course.sessions.length,
    questions: questions.length,
    options: options.length,
    explanations: options.filter((o) => o.explanation['zh-CN'] && o.explanation.en).length,
    tips: course.tips.length,
    tipsByAgeBand: tally(course.tips.map((t) => [...t.ageBands])),
    tipsBySituation: tally(course.tips.map((t) => [...t.situations])),
    surveyVersion: course.survey?.version ?? 0,
    surveyItems: course.survey?.statements.length ?? 0,
    surveyWorkplaceItems: course.survey?.workplace.statements.length ?? 0,
    /** can the quiz be answered without understanding? (limits: scripts/content/quality.ts) */
    quizBalance: quizBalance(courseQuestions(course.sessions)),
    /** sentence and card lengths of the card bodies, in Han characters of the zh-CN text */
    readability: readability(courseCards(course.sessions)),
    languages: ['zh-CN', 'en']
  }
}
