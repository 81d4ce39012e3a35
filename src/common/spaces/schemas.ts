// Shared zod schemas of the Summer Family-Friendly Spaces domain: the shapes
// the app sends and receives. Dates are calendar dates in China time
// ('YYYY-MM-DD'), times of day 'HH:mm'; instants are ISO strings.
import { z } from 'zod'
import { lineText, ModerationSchema, multilineText, RoleSchema } from '../schemas/primitives'

// ---- primitives ----------------------------------------------------------------

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
/** A real calendar date 'YYYY-MM-DD' (2026-02-30 is refused). */
export const DateStringSchema = z
  .string()
  .regex(DATE_RE, 'date must be YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number)
    const dt = new Date(Date.UTC(y, m - 1, d))
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
  }, 'not a calendar date')

export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:mm')

/** Database ids: opaque strings. */
export const IdSchema = z.string().min(1).max(64)

/** Optional client-generated key that makes a create safe to retry. */
export const RequestIdSchema = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/)

/** Mainland mobile or landline; digits, spaces, + and - only. */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{4,18}[0-9]$/, 'phone number')

const personName = lineText(1, 20)
const shortText = lineText(1, 20)

/** Pickup PIN as typed by the guardian / told to staff: 4 to 6 digits. Only its salted hash is stored. */
export const PinSchema = z.string().regex(/^\d{4,6}$/, 'PIN must be 4-6 digits')

// ---- factories and roles ---------------------------------------------------------

export const GrantableRoleSchema = z.enum(['hr', 'staff'])
export type GrantableRole = z.infer<typeof GrantableRoleSchema>

export const FactoryMembershipSchema = z.object({
  factoryId: z.string(),
  factoryName: z.object({ 'zh-CN': z.string(), en: z.string() }),
  roles: z.array(RoleSchema)
})

export const FactoryMemberSchema = z.object({
  openid: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  /** the display name is marked for review by the content check */
  moderation: ModerationSchema.optional()
})
export type FactoryMember = z.infer<typeof FactoryMemberSchema>

// ---- spaces (seasons) -------------------------------------------------------------

export const SPACE_STATUSES = ['draft', 'open', 'closed', 'cancelled'] as const
export const SpaceStatusSchema = z.enum(SPACE_STATUSES)
export type SpaceStatus = z.infer<typeof SpaceStatusSchema>

/** What HR fills in for a season. Checked together by `SpaceInputSchema`. */
export const SpaceFieldsSchema = z.object({
  name: lineText(1, 30),
  location: lineText(1, 60),
  startDate: DateStringSchema,
  endDate: DateStringSchema,
  dailyHours: z.object({ start: TimeOfDaySchema, end: TimeOfDaySchema }),
  capacity: z.number().int().min(1).max(200),
  /** eligible ages in whole years, inclusive, computed at startDate */
  minAge: z.number().int().min(0).max(17),
  maxAge: z.number().int().min(0).max(17),
  /** registration window, inclusive calendar dates (China time) */
  registrationOpens: DateStringSchema,
  registrationCloses: DateStringSchema,
  requiresApproval: z.boolean(),
  notesForParents: multilineText(0, 500)
})
export type SpaceFields = z.infer<typeof SpaceFieldsSchema>

/** Cross-field rules; field keys so the form can point at the wrong one. */
export function spaceFieldProblems(f: Partial<SpaceFields>): { path: keyof SpaceFields; message: string }[] {
  const out: { path: keyof SpaceFields; message: string }[] = []
  if (f.startDate && f.endDate && f.endDate < f.startDate) out.push({ path: 'endDate', message: 'endDate before startDate' })
  if (f.minAge !== undefined && f.maxAge !== undefined && f.maxAge < f.minAge) out.push({ path: 'maxAge', message: 'maxAge below minAge' })
  if (f.dailyHours && f.dailyHours.end <= f.dailyHours.start) out.push({ path: 'dailyHours', message: 'end before start' })
  if (f.registrationOpens && f.registrationCloses && f.registrationCloses < f.registrationOpens)
    out.push({ path: 'registrationCloses', message: 'window closes before it opens' })
  if (f.registrationCloses && f.endDate && f.registrationCloses > f.endDate)
    out.push({ path: 'registrationCloses', message: 'window closes after the season ends' })
  return out
}

export const SpaceSchema = SpaceFieldsSchema.extend({
  id: z.string(),
  factoryId: z.string(),
  status: SpaceStatusSchema,
  /** places held (confirmed + pending approval + offered) */
  taken: z.number().int(),
  /** families on the waitlist */
  waiting: z.number().int(),
  /** assigned staff; only HR and the space's staff see them (empty for families) */
  staffOpenids: z.array(z.string()),
  retentionDays: z.number().int(),
  cancelReason: z.string().optional(),
  /** some of the space's text is marked for review by the content check */
  moderation: ModerationSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Space = z.infer<typeof SpaceSchema>

// ---- consent and children ------------------------------------------------------------

/**
 * What the notice and About page must name that depends on the deployment (configuration of the
 * `api` function, see README): where the data is stored and who is in charge of children's data.
 * null = not configured (the app says so instead of inventing a name).
 */
export const PrivacyDeploymentSchema = z.object({
  /** CloudBase region id of the environment, e.g. 'ap-shanghai' */
  region: z.string().nullable(),
  /** the person in charge of children's personal information (《儿童个人信息网络保护规定》 Art. 8) */
  officer: z.object({ name: z.string(), contact: z.string() }).nullable()
})
export type PrivacyDeployment = z.infer<typeof PrivacyDeploymentSchema>

export const ConsentStateSchema = z.object({
  /** the notice version the app must show and ask for */
  policyVersion: z.string(),
  retentionDays: z.number().int(),
  /** days before a child's profile is deleted that the guardian is told (inbox + WeChat message) */
  deletionNoticeDays: z.number().int(),
  deployment: PrivacyDeploymentSchema,
  /** the caller's current consent, or null (never given or withdrawn) */
  consent: z.object({ policyVersion: z.string(), consentAt: z.string() }).nullable(),
  /** true when consent was given to the current policyVersion */
  upToDate: z.boolean()
})
export type ConsentState = z.infer<typeof ConsentStateSchema>

/** The guardian's relation to the child. */
export const RELATIONS = ['mother', 'father', 'grandparent', 'sibling', 'relative', 'other'] as const
export const RelationSchema = z.enum(RELATIONS)

export const EmergencyContactSchema = z.object({ name: personName, relation: shortText, phone: PhoneSchema })

/** Pickup person as sent: `id` present = existing person (pin may be omitted to keep the old one). */
export const PickupPersonInputSchema = z.object({
  id: IdSchema.optional(),
  name: personName,
  relation: shortText,
  phone: PhoneSchema,
  pin: PinSchema.optional()
})

/** Pickup person as returned: never the PIN or its hash. */
export const PickupPersonSchema = z.object({ id: z.string(), name: z.string(), relation: z.string(), phone: z.string() })
export type PickupPerson = z.infer<typeof PickupPersonSchema>

export const ChildFieldsSchema = z.object({
  givenName: personName,
  birthDate: DateStringSchema,
  relation: RelationSchema,
  allergies: multilineText(0, 200),
  medicalNotes: multilineText(0, 500),
  /** exactly two people to call in an emergency */
  emergencyContacts: z.array(EmergencyContactSchema).length(2),
  /** 1-5 people allowed to collect the child; a new person (no id) must have a pin */
  pickupPeople: z.array(PickupPersonInputSchema).min(1).max(5)
})
export type ChildFields = z.infer<typeof ChildFieldsSchema>

export const ChildSchema = z.object({
  id: z.string(),
  givenName: z.string(),
  birthDate: z.string(),
  relation: RelationSchema,
  /** null after the retention purge removed them */
  allergies: z.string().nullable(),
  medicalNotes: z.string().nullable(),
  emergencyContacts: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() })),
  pickupPeople: z.array(PickupPersonSchema),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Child = z.infer<typeof ChildSchema>

// ---- registrations ---------------------------------------------------------------------

/**
 * pending    – holds a place, waits for HR approval (spaces with requiresApproval)
 * confirmed  – holds a place
 * waitlisted – no place yet; `waitlistPosition` says where in the queue
 * offered    – a freed place is held for this family until `offerExpiresAt` (accept/decline)
 * cancelled  – by the family, by HR cancelling the space, or by consent withdrawal
 * rejected   – by HR (with `decisionReason`)
 * declined   – the family said no to an offer
 * expired    – an offer was not accepted in time
 */
export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'rejected', 'declined', 'expired'] as const
export const RegistrationStatusSchema = z.enum(REGISTRATION_STATUSES)
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>
/** Statuses that still count (hold a place or a queue position). */
export const ACTIVE_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted', 'offered']

/** Why a child cannot register (eligibility, pure; see eligibility.ts). */
export const INELIGIBILITY_REASONS = [
  'space_not_open', // draft, closed or cancelled
  'window_not_open_yet',
  'window_closed',
  'season_over',
  'too_young',
  'too_old',
  'already_registered',
  'dates_overlap', // the child holds an active registration in another space with overlapping dates
  'not_a_member' // the guardian is not a worker of the space's factory
] as const
export const IneligibilityReasonSchema = z.enum(INELIGIBILITY_REASONS)
export type IneligibilityReason = z.infer<typeof IneligibilityReasonSchema>

export const RegistrationSchema = z.object({
  id: z.string(),
  spaceId: z.string(),
  spaceName: z.string(),
  childId: z.string(),
  childGivenName: z.string(),
  status: RegistrationStatusSchema,
  /** arrival order within the space (monotonic, from the space's counter) */
  seq: z.number().int(),
  /** 1-based, only while waitlisted */
  waitlistPosition: z.number().int().optional(),
  /** only while offered */
  offerExpiresAt: z.string().optional(),
  decisionReason: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Registration = z.infer<typeof RegistrationSchema>

/** A registration as HR sees it: with the child's age and the guardian's name. */
export const HrRegistrationSchema = RegistrationSchema.extend({
  childAgeAtStart: z.number().int(),
  guardianName: z.string(),
  guardianRelation: RelationSchema,
  /** the child's or guardian's names, or the decision reason, are marked for review by the content check */
  moderation: ModerationSchema.optional()
})
export type HrRegistration = z.infer<typeof HrRegistrationSchema>

export const RosterRowSchema = z.object({
  registrationId: z.string(),
  status: RegistrationStatusSchema,
  childGivenName: z.string(),
  birthDate: z.string(),
  childAgeAtStart: z.number().int(),
  guardianName: z.string(),
  guardianRelation: RelationSchema,
  allergies: z.string().nullable(),
  medicalNotes: z.string().nullable(),
  emergencyContacts: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() })),
  pickupPeople: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() }))
})

// ---- attendance ----------------------------------------------------------------------------

export const AttendanceStateSchema = z.enum(['absent', 'checked_in', 'checked_out'])

export const PickupRefusalSchema = z.object({
  at: z.string(),
  /** the staff member who refused; not shown to the guardian */
  byOpenid: z.string().optional(),
  pickupPersonId: z.string().nullable(),
  personName: z.string(),
  reason: z.enum(['pin_mismatch', 'not_authorized', 'too_many_attempts'])
})

export const AttendanceRecordSchema = z.object({
  id: z.string(),
  spaceId: z.string(),
  childId: z.string(),
  date: z.string(),
  state: AttendanceStateSchema,
  checkInAt: z.string().optional(),
  checkOutAt: z.string().optional(),
  pickedUpBy: z.object({ pickupPersonId: z.string(), name: z.string(), relation: z.string() }).optional(),
  refusals: z.array(PickupRefusalSchema)
})
export type AttendanceRecord = z.infer<typeof AttendanceRecordSchema>

/** One child on staff's roster of a day: what staff need at the door, nothing more. */
export const RosterChildSchema = z.object({
  registrationId: z.string(),
  childId: z.string(),
  givenName: z.string(),
  ageAtStart: z.number().int(),
  allergies: z.string().nullable(),
  medicalNotes: z.string().nullable(),
  emergencyContacts: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() })),
  /** who may collect the child (no PINs) */
  pickupPeople: z.array(z.object({ id: z.string(), name: z.string(), relation: z.string() })),
  attendance: AttendanceRecordSchema.nullable()
})

// ---- notifications (in-app inbox) -------------------------------------------------------------

export const NOTIFICATION_KINDS = [
  'registration_confirmed',
  'registration_pending', // holds a place, waits for HR approval
  'registration_waitlisted',
  'registration_approved',
  'registration_rejected',
  'registration_cancelled', // by the family
  'registration_withdrawn', // left half-made (the request died) and withdrawn by the settle job
  'offer_made',
  'offer_expired',
  'space_cancelled',
  'offer_expiring', // reminders domain: an open offer runs out in 12 hours
  'season_starts_tomorrow', // reminders domain: the day before a season starts, to confirmed families
  // reminders domain (src/common/reminders): an HR notice, a planned call soon, a lesson nudge
  'notice',
  'call_reminder',
  'lesson_nudge',
  // the weekly practice (src/common/practice): the day picked has come (params: sessionId)
  'practice_reminder',
  // privacy: a child's profile is deleted in DELETION_NOTICE_DAYS days / was deleted (retention),
  // and HR's answer to a contact-form message
  'child_data_deleting',
  'child_data_deleted',
  'contact_reply'
] as const
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS)

/** The app renders `kind` with i18n `spaces.notification.<kind>` and these params. */
export const NotificationSchema = z.object({
  id: z.string(),
  kind: NotificationKindSchema,
  params: z.object({
    spaceId: z.string().optional(),
    spaceName: z.string().optional(),
    registrationId: z.string().optional(),
    childGivenName: z.string().optional(),
    offerExpiresAt: z.string().optional(),
    reason: z.string().optional(),
    waitlistPosition: z.number().optional(),
    // reminders domain: notice (noticeId, title), call reminder (callId, withWhom, callAt ISO)
    noticeId: z.string().optional(),
    title: z.string().optional(),
    callId: z.string().optional(),
    withWhom: z.string().optional(),
    callAt: z.string().optional(),
    sessionId: z.string().optional(),
    // privacy: the China date a child's profile will be deleted on; the answer to a contact message
    deleteOn: z.string().optional(),
    contactId: z.string().optional(),
    replyText: z.string().optional()
  }),
  createdAt: z.string(),
  readAt: z.string().nullable()
})
export type Notification = z.infer<typeof NotificationSchema>
