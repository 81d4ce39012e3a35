// The weekly practice loop (practice.*): take on a session's "try this", get reminded on the day
// picked, answer "did you try it?" on the next visit after it. Merged into src/common/api.ts.
import { z } from 'zod'
import { LocalizedSchema, TipSchema } from '../learning/content'
import { IdempotencyKeySchema, SessionIdSchema } from '../learning/actions'
import { DateStringSchema } from '../spaces/schemas'
import { PRACTICE_ANSWERS, PRACTICE_BARRIERS } from './barriers'
import { PRACTICE_SCOPES } from './schedule'

export const PracticeAnswerSchema = z.enum(PRACTICE_ANSWERS)
export const PracticeBarrierSchema = z.enum(PRACTICE_BARRIERS)
export const PracticeScopeSchema = z.enum(PRACTICE_SCOPES)

/** open: waiting for the day and the check-in; done: answered; replaced: another session's practice took its place */
export const PracticeStatusSchema = z.enum(['open', 'done', 'replaced'])

export const PracticeSchema = z.object({
  id: z.string(),
  sessionId: SessionIdSchema,
  /** the session's "try this" (title and what to do) */
  title: LocalizedSchema,
  body: LocalizedSchema,
  scope: PracticeScopeSchema,
  /** the day picked, or the last of the 7 days for "this week" (China date) */
  day: DateStringSchema,
  remindAt: z.string(),
  status: PracticeStatusSchema,
  /** "did you try it?" may be asked (the day is over) */
  due: z.boolean(),
  answer: PracticeAnswerSchema.nullable(),
  barrier: PracticeBarrierSchema.nullable()
})
export type Practice = z.infer<typeof PracticeSchema>

export const practiceActions = {
  'practice.commit': {
    payload: z
      .object({
        sessionId: SessionIdSchema,
        /** made on the device once per commitment: a retry answers with the first one */
        key: IdempotencyKeySchema,
        scope: PracticeScopeSchema,
        /** the day picked (scope "day"): today or one of the 6 days after it, China time */
        day: DateStringSchema.optional()
      })
      .strict()
      .refine((p) => (p.scope === 'day') === (p.day !== undefined), { message: 'a day goes with scope "day" only', path: ['day'] }),
    result: z.object({
      practice: PracticeSchema,
      /** the session of the open practice this one replaced, if any */
      replaced: SessionIdSchema.nullable(),
      duplicate: z.boolean()
    })
  },
  'practice.current': {
    payload: z.object({}).strict(),
    result: z.object({
      /** the open practice (due or not), or null */
      practice: PracticeSchema.nullable(),
      /** consecutive weeks with a practice tried ("yes" or "a bit") */
      streak: z.number().int().min(0)
    })
  },
  'practice.checkIn': {
    payload: z
      .object({
        practiceId: z.string().min(1).max(64),
        answer: PracticeAnswerSchema,
        /** what got in the way ("a bit", "not yet" only) */
        barrier: PracticeBarrierSchema.optional()
      })
      .strict()
      .refine((p) => p.answer !== 'yes' || p.barrier === undefined, { message: 'no barrier with "yes"', path: ['barrier'] }),
    result: z.object({
      practice: PracticeSchema,
      /** a tip for what got in the way (content/tips, by barrier), null for "yes" */
      tip: TipSchema.nullable(),
      streak: z.number().int().min(0),
      /** true when this practice had been answered before: the first answer stands */
      duplicate: z.boolean()
    })
  }
} as const
