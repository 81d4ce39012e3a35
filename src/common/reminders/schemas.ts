// Shared zod schemas of the reminders domain: subscribe messages, the call
// planner and HR notices. Calendar dates are China time 'YYYY-MM-DD', times of
// day 'HH:mm' (China time); instants are ISO strings.
import { z } from 'zod'
import { lineText, ModerationSchema, multilineText } from '../schemas/primitives'
import { LocalizedSchema } from '../learning/content'
import { DateStringSchema, IdSchema, RequestIdSchema, TimeOfDaySchema } from '../spaces/schemas'

export { DateStringSchema, IdSchema, RequestIdSchema, TimeOfDaySchema }

// ---- subscribe messages -------------------------------------------------------------------

/** What a subscribe message is about; each kind has one template per environment. */
export const MESSAGE_KINDS = ['lesson_nudge', 'call_reminder', 'registration_status', 'space_offer', 'notice', 'practice_reminder'] as const
export const MessageKindSchema = z.enum(MESSAGE_KINDS)
export type MessageKind = z.infer<typeof MessageKindSchema>

/** WeChat allows at most 3 template ids in one requestSubscribeMessage call. */
export const MAX_TEMPLATES_PER_REQUEST = 3

/** Per-template answer of Taro.requestSubscribeMessage. */
export const SUBSCRIBE_OUTCOMES = ['accept', 'reject', 'ban', 'filter'] as const
export const SubscribeOutcomeSchema = z.enum(SUBSCRIBE_OUTCOMES)
export type SubscribeOutcome = z.infer<typeof SubscribeOutcomeSchema>

/** WeChat template ids: letters, digits, '-' and '_'. */
export const TemplateIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/)

export const TemplateInfoSchema = z.object({
  kind: MessageKindSchema,
  templateId: TemplateIdSchema,
  /** messages the caller can still receive with this template (one per accept) */
  credit: z.number().int().min(0)
})
export type TemplateInfo = z.infer<typeof TemplateInfoSchema>

export const SubscriptionStateSchema = z.object({
  templates: z.array(TemplateInfoSchema),
  /** the user turned WeChat's main switch for messages off (20004): don't ask on your own, offer a button */
  mainSwitchOff: z.boolean(),
  maxPerRequest: z.literal(MAX_TEMPLATES_PER_REQUEST)
})
export type SubscriptionState = z.infer<typeof SubscriptionStateSchema>

// ---- call planner ----------------------------------------------------------------------------

export const CALL_STATUSES = ['planned', 'done', 'cancelled'] as const
export const CallStatusSchema = z.enum(CALL_STATUSES)

/** "How did the call go?" – three faces. */
export const CALL_MOODS = ['good', 'okay', 'hard'] as const
export const CallMoodSchema = z.enum(CALL_MOODS)
export type CallMood = z.infer<typeof CallMoodSchema>

/** What the worker fills in for a call. */
export const CallFieldsSchema = z.object({
  /** who the call is with, as the worker calls them ("大宝", "儿子"); no more than a short label */
  withWhom: lineText(1, 10),
  /** optional link to the worker's own child record (spaces domain); checked by the server */
  childId: IdSchema.optional(),
  date: DateStringSchema,
  time: TimeOfDaySchema,
  repeatWeekly: z.boolean(),
  /** "ask about the maths test" */
  note: multilineText(0, 100)
})
export type CallFields = z.infer<typeof CallFieldsSchema>

export const TipViewSchema = z.object({ id: z.string(), title: LocalizedSchema, body: LocalizedSchema })
export type TipView = z.infer<typeof TipViewSchema>

export const CallSchema = CallFieldsSchema.extend({
  id: z.string(),
  /** calls of one weekly series share it; each week is its own call */
  seriesId: z.string(),
  /** the planned instant (date + time, China time) */
  at: z.string(),
  status: CallStatusSchema,
  /** a reminder was pushed to WeChat for this call (false: inbox only / not yet) */
  reminded: z.boolean(),
  feedback: z.object({ mood: CallMoodSchema, at: z.string(), tipId: z.string().nullable() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Call = z.infer<typeof CallSchema>

// ---- notices (HR broadcasts) -------------------------------------------------------------------

/** Registration statuses HR can address in a space. */
export const NOTICE_SPACE_STATUSES = ['confirmed', 'waitlisted', 'offered'] as const
export const NoticeSpaceStatusSchema = z.enum(NOTICE_SPACE_STATUSES)

export const NoticeAudienceSchema = z.discriminatedUnion('type', [
  /** every worker of the HR's factory */
  z.object({ type: z.literal('factory_workers') }).strict(),
  /** the families (guardians) with a registration in this space in one of these statuses */
  z
    .object({
      type: z.literal('space_families'),
      spaceId: IdSchema,
      statuses: z.array(NoticeSpaceStatusSchema).min(1).max(3)
    })
    .strict()
])
export type NoticeAudience = z.infer<typeof NoticeAudienceSchema>

export const NoticeFieldsSchema = z.object({
  title: lineText(1, 40),
  body: multilineText(1, 1000),
  /** optional link to a space of the same factory (the notice screen opens it) */
  spaceId: IdSchema.optional(),
  audience: NoticeAudienceSchema
})
export type NoticeFields = z.infer<typeof NoticeFieldsSchema>

/** How far ahead a notice may be scheduled. */
export const MAX_SCHEDULE_DAYS = 30

/**
 * scheduled – waits for sendAt
 * sending   – fan-out in progress (across scheduler runs)
 * sent      – every recipient has an inbox delivery
 * cancelled – cancelled before it was sent
 */
export const NOTICE_STATUSES = ['scheduled', 'sending', 'sent', 'cancelled'] as const
export const NoticeStatusSchema = z.enum(NOTICE_STATUSES)

export const NoticeCountsSchema = z.object({
  /** inbox deliveries written so far */
  recipients: z.number().int(),
  /** WeChat messages sent (first send and reminders) to distinct recipients */
  pushed: z.number().int(),
  /** recipients without credit for the notice template: inbox only */
  noCredit: z.number().int(),
  /** sends WeChat refused (e.g. 43101 despite credit, bad data); inbox only */
  failed: z.number().int(),
  /** recipients who tapped "I've read this" */
  read: z.number().int()
})
export type NoticeCounts = z.infer<typeof NoticeCountsSchema>

export const NoticeSchema = NoticeFieldsSchema.extend({
  id: z.string(),
  factoryId: z.string(),
  spaceName: z.string().optional(),
  status: NoticeStatusSchema,
  sendAt: z.string(),
  sentAt: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  /** "remind those who have not read" rounds done so far */
  reminders: z.number().int(),
  /** title or body marked for review by the content check */
  moderation: ModerationSchema.optional(),
  counts: NoticeCountsSchema
})
export type Notice = z.infer<typeof NoticeSchema>

export const NoticeRecipientRowSchema = z.object({
  displayName: z.string(),
  /** 'sent' | 'no_credit' | 'failed' | 'pending' (WeChat message of the first send) */
  push: z.enum(['pending', 'sent', 'no_credit', 'failed']),
  deliveredAt: z.string(),
  remindedAt: z.string().nullable()
})

/** A notice as its recipient sees it (inbox detail). */
export const NoticeForRecipientSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  spaceId: z.string().optional(),
  spaceName: z.string().optional(),
  factoryId: z.string(),
  sentAt: z.string(),
  /** when the recipient tapped "I've read this", or null */
  confirmedAt: z.string().nullable()
})
export type NoticeForRecipient = z.infer<typeof NoticeForRecipientSchema>
