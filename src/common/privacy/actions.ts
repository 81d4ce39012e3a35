// Privacy actions: what the deployment discloses (About page, notice) and the in-app
// contact/complaint channel (《儿童个人信息网络保护规定》 Art. 8-10; PIPL Art. 50).
// Merged into the api contract by src/common/api.ts.
//
// Who may call what:
//   privacy.info                   anyone signed in
//   contact.send / contact.mine    anyone signed in (own messages only)
//   contact.list / contact.reply   HR of the factory the message was sent to
import { z } from 'zod'
import { ModerationSchema, multilineText } from '../schemas/primitives'
import { IdSchema, PrivacyDeploymentSchema, RequestIdSchema } from '../spaces/schemas'

export const CONTACT_TOPICS = ['privacy', 'children', 'other'] as const
export const ContactTopicSchema = z.enum(CONTACT_TOPICS)
export type ContactTopic = z.infer<typeof ContactTopicSchema>

/** Messages one person may send per China calendar day (spam guard; concurrent sends never exceed it). */
export const CONTACT_MAX_PER_DAY = 5
export const CONTACT_TEXT_MAX = 500
export const CONTACT_REPLY_MAX = 500

export const ContactMessageSchema = z.object({
  id: z.string(),
  topic: ContactTopicSchema,
  text: z.string(),
  /** the factory whose HR receives it; null: only the deployment's privacy contact */
  factoryId: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(['open', 'answered']),
  reply: z.object({ text: z.string(), at: z.string() }).nullable()
})
export type ContactMessage = z.infer<typeof ContactMessageSchema>

/** What HR sees: the message and the sender's display name (no openid, no child data). */
export const HrContactMessageSchema = ContactMessageSchema.extend({ senderName: z.string(), moderation: ModerationSchema.optional() })
export type HrContactMessage = z.infer<typeof HrContactMessageSchema>

const empty = z.object({}).strict()

export const privacyActions = {
  /** Region, person in charge, retention: what the notice and the About page state. */
  'privacy.info': {
    payload: empty,
    result: z.object({ deployment: PrivacyDeploymentSchema, retentionDays: z.number().int(), deletionNoticeDays: z.number().int() })
  },
  /** To the sender's factory HR (if any) and the deployment's privacy contact. Retry-safe by requestId. */
  'contact.send': {
    payload: z.object({ topic: ContactTopicSchema, text: multilineText(5, CONTACT_TEXT_MAX), requestId: RequestIdSchema }).strict(),
    result: ContactMessageSchema
  },
  'contact.mine': { payload: empty, result: z.object({ messages: z.array(ContactMessageSchema) }) },
  'contact.list': {
    payload: z.object({ factoryId: IdSchema, status: z.enum(['open', 'answered']).optional() }).strict(),
    result: z.object({ messages: z.array(HrContactMessageSchema) })
  },
  /** HR answers once; the answer goes to the sender's inbox. Repeating the same answer is a no-op. */
  'contact.reply': {
    payload: z.object({ messageId: IdSchema, text: multilineText(1, CONTACT_REPLY_MAX) }).strict(),
    result: HrContactMessageSchema
  }
} as const
