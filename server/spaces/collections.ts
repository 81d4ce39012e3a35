// Collections of the spaces domain. Everything touching children is
// server-only (PIPL Art. 28: sensitive data of children under 14).
import { SERVER_ONLY, type CollectionDecl } from '../db/schema-types'

export const SPACES_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'spaces',
    purpose: 'Family-Friendly Space seasons of a factory: dates, hours, capacity, ages, window; place counters (taken/waiting) and the arrival decisions they count (tickets.<registrationId>: when, which child), audited by the settle job (arrivals; auditFrom: the earliest decision not yet audited).',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'factory_status', keys: { factoryId: 1, status: 1 } },
      // the settle job's look for spaces with decisions to check
      { name: 'audit_from', keys: { auditFrom: 1 }, sparse: true },
      { name: 'requestKey_unique', keys: { requestKey: 1 }, unique: true, sparse: true }
    ]
  },
  {
    name: 'invite_attempts',
    purpose: 'Wrong invite codes per user per hour (_id = OPENID:hour): the join rate limit; tiny, and useless after its hour.',
    rule: SERVER_ONLY,
    indexes: []
  },
  {
    name: 'child_consents',
    purpose: "Guardian's separate consent to the children's-privacy notice (_id = OPENID): policyVersion, consentAt.",
    rule: SERVER_ONLY,
    indexes: []
  },
  {
    name: 'children',
    purpose: 'Child profiles (minimum necessary): given name, birth date, relation, allergies/medical notes, emergency contacts, pickup people with salted PIN hashes.',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'guardian', keys: { guardianOpenid: 1 } },
      { name: 'requestKey_unique', keys: { requestKey: 1 }, unique: true, sparse: true }
    ]
  },
  {
    name: 'registrations',
    purpose: 'A child registered for a space: status, arrival sequence, offers. activeKey is unique while active (one live registration per child and space).',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'space_seq', keys: { spaceId: 1, seq: 1 } },
      { name: 'space_queue', keys: { spaceId: 1, status: 1, queuedAt: 1 } },
      { name: 'space_status', keys: { spaceId: 1, status: 1 } },
      { name: 'child', keys: { childId: 1 } },
      { name: 'guardian', keys: { guardianOpenid: 1 } },
      { name: 'activeKey_unique', keys: { activeKey: 1 }, unique: true, sparse: true },
      { name: 'requestKey_unique', keys: { requestKey: 1 }, unique: true, sparse: true }
    ]
  },
  {
    name: 'attendance',
    purpose: 'Daily check-in/check-out of a child in a space (_id = space:child:date), who collected the child, refused pickups.',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'space_date', keys: { spaceId: 1, date: 1 } },
      { name: 'child', keys: { childId: 1 } }
    ]
  },
  {
    name: 'notifications',
    purpose: "In-app inbox: registration status changes, offers, space cancellations (kind + params, no child data beyond the given name).",
    rule: SERVER_ONLY,
    indexes: [
      { name: 'openid_createdAt', keys: { openid: 1, createdAt: -1 } },
      // space events whose WeChat push the scheduler has yet to send (reminders/space-events.ts)
      { name: 'pushPending_createdAt', keys: { pushPending: 1, createdAt: 1 } }
    ]
  },
  {
    name: 'audit_log',
    purpose: 'Every HR/staff read of child records: who, when, which action, which children (ids only; an erased child\'s id is removed and childCount keeps how many were read).',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'factory_at', keys: { factoryId: 1, at: -1 } },
      { name: 'childIds', keys: { childIds: 1 } }
    ]
  }
]
