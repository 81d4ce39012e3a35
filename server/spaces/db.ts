// Small database helpers of the spaces domain (over server/core/cloud.ts).
import { db, _, rows, byId, addUnlessDuplicate, countOf } from '../core/cloud'
import { enqueueJob } from '../scheduler/enqueue'

export const coll = {
  spaces: () => db.collection('spaces'),
  consents: () => db.collection('child_consents'),
  children: () => db.collection('children'),
  registrations: () => db.collection('registrations'),
  attendance: () => db.collection('attendance'),
  notifications: () => db.collection('notifications'),
  audit: () => db.collection('audit_log'),
  jobs: () => db.collection('jobs'),
  users: () => db.collection('users'),
  factories: () => db.collection('factories'),
  inviteAttempts: () => db.collection('invite_attempts')
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export { db, _, rows, byId, addUnlessDuplicate, countOf, enqueueJob }
