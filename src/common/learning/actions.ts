// Learning actions (Migrant Parent Training): payload and result schemas.
// Merged into the api contract by src/common/api.ts.
import { z } from 'zod'
import { AgeBandSchema, LessonCardSchema, LocalizedSchema, ModuleSchema, SessionSchema, SurveySchema, TipSchema } from './content'
import { SurveyValueSchema } from './survey'

export const SessionIdSchema = z.string().regex(/^m[1-3]-s(0[1-9]|10)$/)
/** Made on the device once per submission and kept across retries and restarts. */
export const IdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
const SurveyAnswersSchema = z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), SurveyValueSchema)

export const SURVEY_PHASES = ['pre', 'post'] as const
export const SurveyPhaseSchema = z.enum(SURVEY_PHASES)
export type SurveyPhase = z.infer<typeof SurveyPhaseSchema>

export const SessionProgressSchema = z.object({
  sessionId: SessionIdSchema,
  card: z.number().int().min(0),
  passed: z.boolean(),
  bestScore: z.number().int().min(0),
  passedAt: z.string().optional(),
  updatedAt: z.string()
})

/** The course map: enough to draw the Learn tab, none of the lesson text. */
export const CourseMapSchema = z.object({
  contentVersion: z.string(),
  modules: z.array(
    ModuleSchema.pick({ number: true, emoji: true, title: true })
      .extend({
        sessions: z.array(
          z.object({ id: SessionIdSchema, number: z.number().int(), title: LocalizedSchema, minutes: z.number().int(), cards: z.number().int(), questions: z.number().int() })
        )
      })
  )
})
export type CourseMap = z.infer<typeof CourseMapSchema>

export const SurveyDoneSchema = z.object({ pre: z.boolean(), post: z.boolean() })

export const OverviewSchema = z.object({
  course: CourseMapSchema,
  progress: z.array(SessionProgressSchema),
  survey: SurveyDoneSchema,
  continueAt: z.object({ sessionId: SessionIdSchema, card: z.number().int() }).nullable()
})
export type Overview = z.infer<typeof OverviewSchema>

export const QuizResultSchema = z.object({
  resultId: z.string(),
  sessionId: SessionIdSchema,
  score: z.number().int(),
  total: z.number().int(),
  passMark: z.number().int(),
  passed: z.boolean(),
  questions: z.array(z.object({ questionId: z.string(), chosen: z.string(), correctOptionId: z.string(), correct: z.boolean() })),
  submittedAt: z.string(),
  /** true when this key had been recorded before: nothing new was stored */
  duplicate: z.boolean()
})
export type QuizResult = z.infer<typeof QuizResultSchema>

export const CertificateSchema = z.object({
  kind: z.enum(['module', 'course']),
  module: z.number().int().optional(),
  title: LocalizedSchema,
  completedAt: z.string()
})
export type Certificate = z.infer<typeof CertificateSchema>

export const learningActions = {
  'learning.overview': {
    payload: z.object({}).strict(),
    result: OverviewSchema
  },
  'learning.session.get': {
    payload: z.object({ sessionId: SessionIdSchema }).strict(),
    result: z.object({
      contentVersion: z.string(),
      session: SessionSchema,
      /** stable per learner: seeds the order the quiz options are shown in (option-order.ts) */
      learnerKey: z.string()
    })
  },
  /** temporary URLs of the session's recorded card audio by card id (content/audio/<session>/<card>.mp3, uploaded by `npm run content:audio`) */
  'learning.audio.get': {
    payload: z.object({ sessionId: SessionIdSchema }).strict(),
    result: z.object({ files: z.record(z.string(), z.object({ url: z.string().url(), v: z.string() })) })
  },
  'learning.progress.save': {
    payload: z.object({ sessionId: SessionIdSchema, card: z.number().int().min(0).max(7) }).strict(),
    result: z.object({ sessionId: SessionIdSchema, saved: z.literal(true) })
  },
  'learning.quiz.submit': {
    payload: z
      .object({
        sessionId: SessionIdSchema,
        key: IdempotencyKeySchema,
        answers: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.string().regex(/^[a-z0-9-]{1,40}$/))
      })
      .strict(),
    result: QuizResultSchema
  },
  'learning.tip.today': {
    payload: z.object({ ageBands: z.array(AgeBandSchema).max(4).optional() }).strict(),
    result: z.object({ date: z.string(), tip: TipSchema })
  },
  /** one tip by id: what a tip shared to a chat opens (anyone, no factory needed) */
  'learning.tip.get': {
    payload: z.object({ tipId: z.string().min(1).max(60) }).strict(),
    result: z.object({ tip: TipSchema })
  },
  /** one lesson card by session and position: what a card shared to a chat opens (anyone, no sign-in) */
  'learning.card.get': {
    payload: z.object({ sessionId: SessionIdSchema, card: z.number().int().min(0).max(7) }).strict(),
    result: z.object({
      session: z.object({ id: SessionIdSchema, module: z.number().int(), number: z.number().int(), title: LocalizedSchema }),
      card: LessonCardSchema
    })
  },
  'learning.certificates': {
    payload: z.object({}).strict(),
    result: z.object({ workerName: z.string(), factoryName: LocalizedSchema.nullable(), certificates: z.array(CertificateSchema) })
  },
  'survey.get': {
    payload: z.object({}).strict(),
    result: z.object({ survey: SurveySchema, done: SurveyDoneSchema })
  },
  'survey.submit': {
    payload: z
      .object({
        phase: SurveyPhaseSchema,
        key: IdempotencyKeySchema,
        /** the survey version answered; absent from devices that queued a first-version response */
        version: z.number().int().positive().optional(),
        answers: SurveyAnswersSchema,
        /** the optional workplace block: only the items answered; absent when skipped */
        workplace: SurveyAnswersSchema.optional()
      })
      .strict(),
    result: z.object({ phase: SurveyPhaseSchema, version: z.number().int(), submittedAt: z.string(), duplicate: z.boolean() })
  }
} as const
