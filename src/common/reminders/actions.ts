// Reminders actions: subscribe messages, the call planner, HR notices.
// Merged into the api contract by src/common/api.ts.
//
// Who may call what (checked by the server on every call):
//   messages.templates / messages.subscribeResult   anyone signed in (their own credits)
//   calls.*                                          a worker (any factory), own calls only
//   notices.preview / create / list / report / remind / cancel   HR of the payload's factory (notice's factory)
//   notices.get / notices.confirmRead                a recipient of that notice (others: NOT_FOUND)
//
// The in-app inbox is the spaces domain's `notifications.list` / `notifications.markRead`;
// reminders add the kinds 'notice', 'call_reminder', 'lesson_nudge' (params: noticeId/title,
// callId/withWhom/callAt). Opening a 'notice' item: call notices.get({id: params.noticeId}).
import { z } from 'zod'
import {
  CallFieldsSchema,
  CallMoodSchema,
  CallSchema,
  IdSchema,
  MAX_TEMPLATES_PER_REQUEST,
  NoticeAudienceSchema,
  NoticeFieldsSchema,
  NoticeForRecipientSchema,
  NoticeRecipientRowSchema,
  NoticeSchema,
  RequestIdSchema,
  SubscribeOutcomeSchema,
  SubscriptionStateSchema,
  TemplateIdSchema,
  TipViewSchema
} from './schemas'

const empty = z.object({}).strict()
const byNotice = z.object({ id: IdSchema }).strict()

/** The payload of Taro.requestSubscribeMessage's answer, as the client reports it. */
const SubscribeResultPayload = z
  .object({
    /** made on the device once per requestSubscribeMessage call: a retried report is counted once */
    requestId: RequestIdSchema,
    /** per template id asked: accept / reject / ban / filter (unknown ids → SUBSCRIBE_UNKNOWN_TEMPLATE) */
    results: z.array(z.object({ templateId: TemplateIdSchema, outcome: SubscribeOutcomeSchema }).strict()).max(MAX_TEMPLATES_PER_REQUEST),
    /** errCode of a failed requestSubscribeMessage (20004 = main switch off) */
    errCode: z.number().int().optional()
  })
  .strict()
  .refine((p) => p.results.length > 0 || p.errCode !== undefined, { message: 'give results or errCode' })
  .refine((p) => new Set(p.results.map((r) => r.templateId)).size === p.results.length, { message: 'templateId twice' })

const CallCreatePayload = CallFieldsSchema.extend({ requestId: RequestIdSchema }).strict()

/** Only the fields that change. Changing date/time moves the reminder. */
const CallUpdatePayload = CallFieldsSchema.partial()
  .extend({ id: IdSchema })
  .strict()
  .refine((p) => Object.keys(p).length > 1, { message: 'nothing to update' })

/** When to send: omitted = now; otherwise an instant within MAX_SCHEDULE_DAYS (NOTICE_SEND_AT_INVALID). */
const SendAtSchema = z.string().datetime({ offset: true })

export const remindersActions = {
  // ---- subscribe messages ---------------------------------------------------------------------
  /** The template id of each message kind in this environment, with the caller's credit per template. */
  'messages.templates': { payload: empty, result: SubscriptionStateSchema },
  /**
   * Report the answer of one Taro.requestSubscribeMessage call: accept adds one credit to that
   * template; errCode 20004 (main switch off) sets every credit to 0 and mainSwitchOff. An
   * accept later clears mainSwitchOff. Idempotent per requestId.
   */
  'messages.subscribeResult': { payload: SubscribeResultPayload, result: SubscriptionStateSchema },

  // ---- call planner (worker) -------------------------------------------------------------------
  /** Plan a call (must be in the future: CALL_IN_PAST). Idempotent per requestId. A reminder goes out ~10 min before. */
  'calls.create': { payload: CallCreatePayload, result: z.object({ call: CallSchema }) },
  /** Change a planned future call (CALL_NOT_EDITABLE otherwise). Turning repeatWeekly off ends the series after this call. */
  'calls.update': { payload: CallUpdatePayload, result: z.object({ call: CallSchema }) },
  /** Cancel a planned call; `series: true` also stops the weekly repeat (the call is kept in history as cancelled). */
  'calls.delete': {
    payload: z.object({ id: IdSchema, series: z.boolean().optional() }).strict(),
    result: z.object({ cancelled: z.number().int() })
  },
  /**
   * upcoming: planned calls from now on (soonest first);
   * askFeedback: planned calls whose time has passed in the last 7 days without feedback (ask "how did it go?");
   * history: past calls (done, cancelled, or planned and past), newest first, at most 50.
   */
  'calls.list': {
    payload: empty,
    result: z.object({ upcoming: z.array(CallSchema), askFeedback: z.array(CallSchema), history: z.array(CallSchema) })
  },
  /** After the call time (FEEDBACK_TOO_EARLY before): record the face; returns one matching tip when the course content has one. Repeating it changes the mood. */
  'calls.feedback': {
    payload: z.object({ id: IdSchema, mood: CallMoodSchema }).strict(),
    result: z.object({ call: CallSchema, tip: TipViewSchema.nullable() })
  },

  // ---- notices: HR -------------------------------------------------------------------------------
  /** How many people an audience reaches now (distinct recipients). */
  'notices.preview': {
    payload: z.object({ factoryId: IdSchema, audience: NoticeAudienceSchema }).strict(),
    result: z.object({ recipients: z.number().int() })
  },
  /**
   * Send now (no sendAt) or schedule. Refused with NOTICE_NO_RECIPIENTS when the audience is
   * empty. Idempotent per requestId. The fan-out continues in the scheduler; a small audience is
   * usually fully delivered when this returns.
   */
  'notices.create': {
    payload: NoticeFieldsSchema.extend({ factoryId: IdSchema, requestId: RequestIdSchema, sendAt: SendAtSchema.optional() }).strict(),
    result: z.object({ notice: NoticeSchema })
  },
  /** The factory's notices, newest first (at most 100). */
  'notices.list': {
    payload: z.object({ factoryId: IdSchema }).strict(),
    result: z.object({ items: z.array(NoticeSchema) })
  },
  /** Per-notice report: counts plus who has not read yet (first 200 by name; notReadTotal is the full count). */
  'notices.report': {
    payload: byNotice,
    result: z.object({ notice: NoticeSchema, notRead: z.array(NoticeRecipientRowSchema), notReadTotal: z.number().int() })
  },
  /**
   * "Remind those who have not read": one more WeChat message where credit exists, and the
   * inbox item turns unread again otherwise. NOTICE_NOT_SENT while still scheduled/sending,
   * NOTICE_REMIND_TOO_SOON within 1 hour of the last round. Runs like the fan-out.
   */
  'notices.remind': {
    payload: byNotice,
    result: z.object({ notice: NoticeSchema, toRemind: z.number().int() })
  },
  /** Cancel a scheduled notice (NOTICE_ALREADY_SENT once sending started). */
  'notices.cancel': { payload: byNotice, result: z.object({ notice: NoticeSchema }) },

  // ---- notices: recipient --------------------------------------------------------------------------
  /** The notice itself (for the inbox detail); also marks its inbox item read. */
  'notices.get': { payload: byNotice, result: z.object({ notice: NoticeForRecipientSchema }) },
  /** "I've read this". Idempotent: the first confirmation time is kept. */
  'notices.confirmRead': {
    payload: byNotice,
    result: z.object({ notice: NoticeForRecipientSchema, unread: z.number().int() })
  }
} as const

export type RemindersActions = typeof remindersActions
