// Collections of the reminders domain (merged in server/db/schema.ts). The inbox
// itself is the spaces domain's `notifications` collection.
import { SERVER_ONLY, type CollectionDecl } from '../db/schema-types'

export const REMINDERS_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'subscribe_credits',
    purpose: 'Subscribe-message credits per user and template (_id = openid:templateId): one per accept, minus one per send; never negative.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'openid', keys: { openid: 1 } }]
  },
  {
    name: 'subscribe_prefs',
    purpose: 'Per user (_id = OPENID): main message switch seen off (20004) so the app stops asking; last lesson nudge.',
    rule: SERVER_ONLY,
    indexes: []
  },
  {
    name: 'subscribe_reports',
    purpose: 'One record per reported requestSubscribeMessage call (_id = openid:requestId) so a retried report is counted once.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'openid_at', keys: { openid: 1, at: -1 } }]
  },
  {
    name: 'calls',
    purpose: "A worker's planned calls with a child (a short label, not the child's data): time, weekly series, note, feedback face.",
    rule: SERVER_ONLY,
    indexes: [
      { name: 'openid_at', keys: { openid: 1, at: 1 } },
      { name: 'series_date_unique', keys: { seriesId: 1, date: 1 }, unique: true },
      { name: 'requestKey_unique', keys: { requestKey: 1 }, unique: true, sparse: true }
    ]
  },
  {
    name: 'notices',
    purpose: "HR notices of a factory: title, body, audience, schedule, fan-out cursor and status.",
    rule: SERVER_ONLY,
    indexes: [
      { name: 'factory_createdAt', keys: { factoryId: 1, createdAt: -1 } },
      { name: 'requestKey_unique', keys: { requestKey: 1 }, unique: true, sparse: true }
    ]
  },
  {
    name: 'deliveries',
    purpose:
      'One record per message and recipient (key unique: e.g. notice:<id>:<openid>, call:<id>, nudge:<week>:<openid>): inbox written, WeChat push state (at most one push per key), read confirmation.',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'key_unique', keys: { key: 1 }, unique: true },
      { name: 'notice_push', keys: { noticeId: 1, push: 1 } },
      { name: 'notice_confirmed', keys: { noticeId: 1, confirmedAt: 1 } },
      { name: 'openid', keys: { openid: 1 } }
    ]
  }
]
