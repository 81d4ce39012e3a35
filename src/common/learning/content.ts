// The Migrant Parent Training course as data: one JSON file per session under
// content/course/, tips in content/tips/, the self-assessment in content/survey.json.
// Validated with these schemas in tests and at build.
import { z } from 'zod'

/** Every user-facing text exists in both languages. */
export const LocalizedSchema = z.object({ 'zh-CN': z.string().trim().min(1), en: z.string().trim().min(1) }).strict()
export type Localized = z.infer<typeof LocalizedSchema>

export const AGE_BANDS = ['0-2', '3-5', '6-11', '12-17'] as const
export const AgeBandSchema = z.enum(AGE_BANDS)
export type AgeBand = z.infer<typeof AgeBandSchema>

export const SITUATIONS = [
  'everyday',
  'first-call-after-long-time',
  'exam-time',
  'birthday',
  'festival',
  'child-upset-or-silent',
  'caregiver-conflict',
  'school',
  'praise',
  'before-reunion',
  'during-reunion',
  'after-reunion'
] as const
export const SituationSchema = z.enum(SITUATIONS)
export type Situation = z.infer<typeof SituationSchema>

const idPattern = /^[a-z0-9-]+$/

export const LessonCardSchema = z
  .object({
    id: z.string().regex(idPattern),
    /** illustration slot: an emoji now, an image later */
    emoji: z.string().min(1).max(16),
    title: LocalizedSchema,
    /** a few short sentences */
    body: LocalizedSchema
  })
  .strict()

export const QuizOptionSchema = z
  .object({
    id: z.string().regex(idPattern),
    text: LocalizedSchema,
    correct: z.boolean(),
    /** why this option is right or wrong, shown after answering */
    explanation: LocalizedSchema
  })
  .strict()

export const QuizQuestionSchema = z
  .object({
    id: z.string().regex(idPattern),
    prompt: LocalizedSchema,
    options: z.array(QuizOptionSchema).min(2).max(4)
  })
  .strict()
  .refine((q) => q.options.filter((o) => o.correct).length === 1, { message: 'exactly one option must be correct' })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, { message: 'option ids must be unique' })

export const SessionSchema = z
  .object({
    /** e.g. "m1-s01" */
    id: z.string().regex(/^m[1-3]-s(0[1-9]|10)$/),
    module: z.number().int().min(1).max(3),
    number: z.number().int().min(1).max(10),
    title: LocalizedSchema,
    summary: LocalizedSchema,
    minutes: z.number().int().min(2).max(10),
    cards: z.array(LessonCardSchema).min(4).max(8),
    media: z
      .object({ audioUrl: z.string().url().optional(), videoUrl: z.string().url().optional() })
      .strict()
      .optional(),
    /** "try this" this week */
    practice: z.object({ title: LocalizedSchema, body: LocalizedSchema }).strict(),
    quiz: z.array(QuizQuestionSchema).min(3).max(5)
  })
  .strict()
export type Session = z.infer<typeof SessionSchema>

export const ModuleSchema = z
  .object({
    number: z.number().int().min(1).max(3),
    emoji: z.string().min(1).max(16),
    title: LocalizedSchema,
    summary: LocalizedSchema
  })
  .strict()
export type CourseModule = z.infer<typeof ModuleSchema>

export const TipSchema = z
  .object({
    id: z.string().regex(idPattern),
    ageBands: z.array(AgeBandSchema).min(1),
    situations: z.array(SituationSchema).min(1),
    title: LocalizedSchema,
    body: LocalizedSchema
  })
  .strict()
export type Tip = z.infer<typeof TipSchema>

export const SurveySchema = z
  .object({
    version: z.number().int().positive(),
    intro: LocalizedSchema,
    /** Likert scale labels, from "strongly disagree" to "strongly agree" */
    scale: z.array(LocalizedSchema).length(5),
    statements: z.array(z.object({ id: z.string().regex(idPattern), text: LocalizedSchema }).strict()).min(6).max(8)
  })
  .strict()
export type Survey = z.infer<typeof SurveySchema>
