// The Migrant Parent Training course as data: one JSON file per session under
// content/course/, tips in content/tips/, the self-assessment in content/survey.json.
// Validated with these schemas in tests and at build.
import { z } from 'zod'
import { PRACTICE_BARRIERS } from '../practice/barriers'

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
    /** what got in the way of a weekly practice this tip helps with (the practice check-in) */
    barriers: z.array(z.enum(PRACTICE_BARRIERS)).min(1).optional(),
    title: LocalizedSchema,
    body: LocalizedSchema
  })
  .strict()
export type Tip = z.infer<typeof TipSchema>

/** The five outcomes of the training: every survey version covers each with at least one item. */
export const SURVEY_OUTCOMES = ['worth-wellbeing', 'rights-needs', 'remote-communication', 'distress-harm', 'development'] as const
/**
 * Answer scales. An answer is the 1-based position of its label (higher = more agreement, more
 * often, or "yes"), or "na" where the item offers "not applicable".
 */
export const SURVEY_SCALES = ['agree', 'frequency', 'yes-no'] as const
export const SurveyScaleSchema = z.enum(SURVEY_SCALES)
export type SurveyScale = z.infer<typeof SurveyScaleSchema>

const SurveyItemBase = {
  id: z.string().regex(idPattern),
  scale: SurveyScaleSchema,
  text: LocalizedSchema,
  /** the label of a "not applicable" choice; absent when the item applies to everyone */
  notApplicable: LocalizedSchema.optional()
}

export const SurveyItemSchema = z
  .object({
    ...SurveyItemBase,
    outcome: z.enum(SURVEY_OUTCOMES),
    /** worded against the aim (agreeing is the worse answer): reports score it 6 - value */
    reversed: z.literal(true).optional(),
    /** the item the program reports as its headline figure */
    headline: z.literal(true).optional()
  })
  .strict()
export type SurveyItem = z.infer<typeof SurveyItemSchema>

export const WorkplaceItemSchema = z.object(SurveyItemBase).strict()
export type WorkplaceItem = z.infer<typeof WorkplaceItemSchema>

export const SurveySchema = z
  .object({
    version: z.number().int().positive(),
    intro: LocalizedSchema,
    scales: z
      .object({
        agree: z.array(LocalizedSchema).length(5),
        frequency: z.array(LocalizedSchema).length(5),
        'yes-no': z.array(LocalizedSchema).length(2)
      })
      .strict(),
    /** (the field name of version 1, kept) */
    statements: z.array(SurveyItemSchema).min(8).max(10),
    /** optional questions for the program's impact reports, asked before and after, each skippable */
    workplace: z.object({ title: LocalizedSchema, intro: LocalizedSchema, statements: z.array(WorkplaceItemSchema).min(1).max(5) }).strict()
  })
  .strict()
  .refine((s) => new Set([...s.statements, ...s.workplace.statements].map((i) => i.id)).size === s.statements.length + s.workplace.statements.length, {
    message: 'item ids must be unique'
  })
  .refine((s) => s.statements.filter((i) => i.headline).length === 1, { message: 'exactly one headline item' })
  .refine((s) => SURVEY_OUTCOMES.every((o) => s.statements.some((i) => i.outcome === o)), { message: 'every outcome needs an item' })
export type Survey = z.infer<typeof SurveySchema>
