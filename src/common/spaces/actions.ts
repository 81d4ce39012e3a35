// Summer Family-Friendly Spaces actions: payload and result schemas.
// Merged into the api contract by src/common/api.ts.
//
// Who may call what (checked by the server on every call):
//   factory.join                          anyone signed in
//   factory.members / grantRole / revokeRole   HR of that factory
//   spaces.list / spaces.get              members of the factory (workers: not drafts; staff: drafts hidden too)
//   spaces.create / update / open / close / cancel / assignStaff   HR of the space's factory
//   consent.* / children.*                the guardian themself (own children only)
//   registrations.check / create / mine / cancel / acceptOffer / declineOffer   the guardian (worker of the factory)
//   registrations.list / decide / roster  HR of the space's factory (child reads are audit-logged)
//   attendance.today / day / checkIn / checkOut   staff assigned to the space (audit-logged)
//   attendance.child                      the guardian, or HR/staff of a factory where the child is registered (audit-logged)
//   notifications.*                       the caller's own inbox
import { z } from 'zod'
import { lineText, multilineText } from '../schemas/primitives'
import {
  AttendanceRecordSchema,
  ChildFieldsSchema,
  ChildSchema,
  ConsentStateSchema,
  DateStringSchema,
  FactoryMemberSchema,
  FactoryMembershipSchema,
  GrantableRoleSchema,
  HrRegistrationSchema,
  IdSchema,
  IneligibilityReasonSchema,
  NotificationSchema,
  PinSchema,
  RegistrationSchema,
  RegistrationStatusSchema,
  RequestIdSchema,
  RosterChildSchema,
  RosterRowSchema,
  SpaceFieldsSchema,
  SpaceSchema,
  spaceFieldProblems
} from './schemas'

const empty = z.object({}).strict()
const bySpace = z.object({ spaceId: IdSchema }).strict()
const byChild = z.object({ childId: IdSchema }).strict()
const byRegistration = z.object({ registrationId: IdSchema }).strict()
const byFactory = z.object({ factoryId: IdSchema }).strict()

/** Space fields + cross-field rules (end after start, window inside the season, …). */
const SpaceCreatePayload = SpaceFieldsSchema.extend({ factoryId: IdSchema, requestId: RequestIdSchema.optional() })
  .strict()
  .superRefine((f, ctx) => {
    for (const p of spaceFieldProblems(f)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [p.path], message: p.message })
  })

/** Only the fields that change; the server re-checks the cross-field rules on the merged result. */
const SpaceUpdatePayload = SpaceFieldsSchema.partial()
  .extend({ spaceId: IdSchema })
  .strict()
  .refine((p) => Object.keys(p).length > 1, { message: 'nothing to update' })

/** New child: every pickup person needs a PIN. */
const ChildCreatePayload = ChildFieldsSchema.extend({ requestId: RequestIdSchema.optional() })
  .strict()
  .superRefine((c, ctx) => {
    c.pickupPeople.forEach((p, i) => {
      if (!p.pin) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['pickupPeople', i, 'pin'], message: 'PIN required' })
      if (p.id) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['pickupPeople', i, 'id'], message: 'new child: no ids' })
    })
  })

/**
 * Edit = the whole profile again (what the form holds). A pickup person with an `id`
 * keeps their PIN unless a new `pin` is given; one without an id is new and needs a pin.
 * People left out are removed.
 */
const ChildUpdatePayload = ChildFieldsSchema.extend({ childId: IdSchema })
  .strict()
  .superRefine((c, ctx) => {
    c.pickupPeople.forEach((p, i) => {
      if (!p.id && !p.pin) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['pickupPeople', i, 'pin'], message: 'PIN required' })
    })
  })

/** Outcome of a check-out attempt. A refusal is recorded and is not an error: staff must act on it. */
const CheckOutResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('released'), record: AttendanceRecordSchema }),
  z.object({
    outcome: z.literal('refused'),
    /** PIN_MISMATCH | PICKUP_NOT_AUTHORIZED | PIN_LOCKED (error catalog codes) */
    code: z.enum(['PIN_MISMATCH', 'PICKUP_NOT_AUTHORIZED', 'PIN_LOCKED']),
    /** what staff must do, in the caller's language (from the error catalog) */
    message: z.string(),
    /** wrong PINs left today before check-out is locked for this child */
    attemptsLeft: z.number().int(),
    /** call these to confirm who may collect the child */
    guardianContacts: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() })),
    record: AttendanceRecordSchema
  })
])

export const spacesActions = {
  // ---- factories and roles -------------------------------------------------------------
  /** Join as a worker by invite code, or by the `scene` of a factory QR code (the code itself, or `code=XXXX`). Idempotent. */
  'factory.join': {
    payload: z
      .object({ inviteCode: z.string().trim().min(4).max(32).optional(), scene: z.string().trim().min(1).max(64).optional() })
      .strict()
      .refine((p) => !!p.inviteCode !== !!p.scene, { message: 'give inviteCode or scene' }),
    result: FactoryMembershipSchema
  },
  /** HR: everyone with a role in the factory. */
  'factory.members': { payload: byFactory, result: z.object({ members: z.array(FactoryMemberSchema) }) },
  /** HR: give a member staff or HR (the user must have opened the app once). Idempotent. */
  'factory.grantRole': {
    payload: z.object({ factoryId: IdSchema, openid: IdSchema, role: GrantableRoleSchema }).strict(),
    result: FactoryMemberSchema
  },
  /** HR: take staff or HR away (LAST_HR when it would leave the factory without HR). Idempotent. */
  'factory.revokeRole': {
    payload: z.object({ factoryId: IdSchema, openid: IdSchema, role: GrantableRoleSchema }).strict(),
    result: FactoryMemberSchema
  },

  // ---- spaces (seasons) ----------------------------------------------------------------
  /** Spaces of one factory the caller may see: HR all; staff assigned + non-draft; workers non-draft. */
  'spaces.list': { payload: byFactory, result: z.object({ spaces: z.array(SpaceSchema) }) },
  'spaces.get': { payload: bySpace, result: SpaceSchema },
  /** HR: new season as a draft. `requestId` makes a retry return the same space. */
  'spaces.create': { payload: SpaceCreatePayload, result: SpaceSchema },
  /** HR: edit (not when cancelled). Capacity cannot go below places taken (CAPACITY_TOO_LOW); raising it offers places to the waitlist. */
  'spaces.update': { payload: SpaceUpdatePayload, result: SpaceSchema },
  /** HR: draft/closed → open (registrations accepted inside the window). */
  'spaces.open': { payload: bySpace, result: SpaceSchema },
  /** HR: open → closed (no new registrations; existing ones stay). */
  'spaces.close': { payload: bySpace, result: SpaceSchema },
  /** HR: cancel the season; every active registration is cancelled and each family gets a `space_cancelled` notification. */
  'spaces.cancel': { payload: z.object({ spaceId: IdSchema, reason: multilineText(1, 200) }).strict(), result: SpaceSchema },
  /** HR: assign (assigned: true) or unassign a staff member of the factory to the space. */
  'spaces.assignStaff': {
    payload: z.object({ spaceId: IdSchema, openid: IdSchema, assigned: z.boolean() }).strict(),
    result: SpaceSchema
  },

  // ---- guardian consent (PIPL, separate consent before any child data) ------------------------
  'consent.get': { payload: empty, result: ConsentStateSchema },
  /** Must name the version shown (CONSENT_OUTDATED if the app showed an old notice). Idempotent. */
  'consent.give': { payload: z.object({ policyVersion: z.string().min(1).max(32) }).strict(), result: ConsentStateSchema },
  /** Deletes every child of the caller, their registrations (places are released) and attendance. `confirm` must be true. */
  'consent.withdraw': {
    payload: z.object({ confirm: z.literal(true) }).strict(),
    result: z.object({ state: ConsentStateSchema, deletedChildren: z.number().int(), cancelledRegistrations: z.number().int() })
  },

  // ---- children (guardian; CONSENT_REQUIRED until consent.give) -----------------------------
  'children.list': { payload: empty, result: z.object({ children: z.array(ChildSchema) }) },
  'children.get': { payload: byChild, result: ChildSchema },
  'children.create': { payload: ChildCreatePayload, result: ChildSchema },
  'children.update': { payload: ChildUpdatePayload, result: ChildSchema },
  /** Deletes the child, cancels their registrations (places released) and deletes attendance. */
  'children.delete': { payload: byChild, result: z.object({ deleted: z.literal(true) }) },
  /** Everything stored about the child: `summary` is readable text in the caller's language. */
  'children.export': {
    payload: byChild,
    result: z.object({
      summary: z.string(),
      child: ChildSchema,
      registrations: z.array(RegistrationSchema),
      attendance: z.array(AttendanceRecordSchema),
      /** who at the factory read this child's record, newest first (max 100) */
      accessLog: z.array(z.object({ at: z.string(), actorRole: z.string(), actorName: z.string(), action: z.string() })),
      /** the guardian's planned calls linked to this child */
      calls: z.array(z.object({ id: z.string(), withWhom: z.string(), date: z.string(), time: z.string(), status: z.string() })),
      /** the guardian's inbox lines about this child (its registrations, or naming it) */
      inbox: z.array(NotificationSchema),
      /** the guardian's consent the data is held under */
      consent: z.object({ policyVersion: z.string(), consentAt: z.string() }).nullable()
    })
  },

  // ---- registration (guardian) -------------------------------------------------------------
  /** Dry run: may this child register? Reasons are empty when eligible. */
  'registrations.check': {
    payload: z.object({ spaceId: IdSchema, childId: IdSchema }).strict(),
    result: z.object({ eligible: z.boolean(), reasons: z.array(IneligibilityReasonSchema), ageAtStart: z.number().int() })
  },
  /**
   * Register: confirmed (or pending when the space requires approval) while places remain,
   * else waitlisted in arrival order. Refusals: NOT_ELIGIBLE_AGE, REGISTRATION_NOT_OPEN,
   * REGISTRATION_CLOSED, ALREADY_REGISTERED, DATES_OVERLAP, CONSENT_REQUIRED, FORBIDDEN.
   * A retry with the same `requestId` returns the same registration.
   */
  'registrations.create': {
    payload: z.object({ spaceId: IdSchema, childId: IdSchema, requestId: RequestIdSchema.optional() }).strict(),
    result: RegistrationSchema
  },
  /** The caller's registrations (all children), newest first. */
  'registrations.mine': { payload: empty, result: z.object({ registrations: z.array(RegistrationSchema) }) },
  /** Guardian cancels (pending/confirmed/waitlisted/offered); a freed place is offered to the waitlist. */
  'registrations.cancel': { payload: byRegistration, result: RegistrationSchema },
  /** Accept an offered place before `offerExpiresAt` (OFFER_EXPIRED after). → confirmed, or pending if approval required. */
  'registrations.acceptOffer': { payload: byRegistration, result: RegistrationSchema },
  'registrations.declineOffer': { payload: byRegistration, result: RegistrationSchema },

  // ---- HR ----------------------------------------------------------------------------------
  /** HR: registrations of a space (optionally one status), in arrival order. Audit-logged. */
  'registrations.list': {
    payload: z.object({ spaceId: IdSchema, status: RegistrationStatusSchema.optional() }).strict(),
    result: z.object({ registrations: z.array(HrRegistrationSchema) })
  },
  /** HR: approve or reject a pending registration (reject needs a reason). */
  'registrations.decide': {
    payload: z
      .object({ registrationId: IdSchema, decision: z.enum(['approve', 'reject']), reason: multilineText(0, 200).optional() })
      .strict()
      .refine((p) => p.decision === 'approve' || !!p.reason, { message: 'reason required to reject', path: ['reason'] }),
    result: HrRegistrationSchema
  },
  /** HR: roster export (confirmed + pending): rows and a CSV text (UTF-8, header row). Audit-logged. */
  'registrations.roster': {
    payload: bySpace,
    result: z.object({ space: SpaceSchema, rows: z.array(RosterRowSchema), csv: z.string() })
  },

  // ---- attendance (staff assigned to the space) ----------------------------------------------
  /** Today's roster (China date): confirmed children with their attendance of the day. Audit-logged. */
  'attendance.today': {
    payload: bySpace,
    result: z.object({ date: z.string(), space: SpaceSchema, children: z.array(RosterChildSchema) })
  },
  /**
   * Attendance of one day of a space (staff of the space or HR). Audit-logged. `absent`: children
   * with a confirmed registration and no record that day, only for season days up to today
   * (empty before the season, after it, and for future days). Optional for older clients/servers.
   */
  'attendance.day': {
    payload: z.object({ spaceId: IdSchema, date: DateStringSchema }).strict(),
    result: z.object({
      date: z.string(),
      records: z.array(AttendanceRecordSchema.extend({ childGivenName: z.string() })),
      absent: z.array(z.object({ childId: IdSchema, givenName: z.string() })).optional()
    })
  },
  /** Every attendance record of one child (guardian, or HR/staff of the factory: audit-logged). */
  'attendance.child': { payload: byChild, result: z.object({ records: z.array(AttendanceRecordSchema) }) },
  /** Check a confirmed child in today. Idempotent (a second call returns the same record). OUTSIDE_SEASON outside the dates. */
  'attendance.checkIn': { payload: z.object({ spaceId: IdSchema, childId: IdSchema }).strict(), result: AttendanceRecordSchema },
  /** Release the child to an authorized pickup person verified by PIN; a refusal is recorded (see CheckOutResult). */
  'attendance.checkOut': {
    payload: z
      .object({
        spaceId: IdSchema,
        childId: IdSchema,
        /** a listed pickup person + the PIN they tell staff */
        pickupPersonId: IdSchema.optional(),
        pin: PinSchema.optional(),
        /** or: someone NOT on the list came (always refused, recorded with this name) */
        unlistedName: lineText(1, 20).optional()
      })
      .strict()
      .refine((p) => (p.pickupPersonId && p.pin && !p.unlistedName) || (!p.pickupPersonId && !p.pin && !!p.unlistedName), {
        message: 'give pickupPersonId + pin, or unlistedName'
      }),
    result: CheckOutResult
  },

  // ---- in-app notifications ---------------------------------------------------------------------
  'notifications.list': {
    payload: z.object({ unreadOnly: z.boolean().optional() }).strict(),
    result: z.object({ items: z.array(NotificationSchema), unread: z.number().int() })
  },
  /** Mark some (ids) or all (all: true) as read. */
  'notifications.markRead': {
    payload: z
      .object({ ids: z.array(IdSchema).max(100).optional(), all: z.literal(true).optional() })
      .strict()
      .refine((p) => !!p.ids !== !!p.all, { message: 'give ids or all' }),
    result: z.object({ unread: z.number().int() })
  }
} as const
