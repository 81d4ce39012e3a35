// The database as code: every collection, its indexes and its security rule.
// It drives the local cloud (collections created, unique indexes enforced) and
// `npm run deploy:db` for a real CloudBase environment.

import { SERVER_ONLY, type CollectionDecl } from './schema-types'
import { LEARNING_COLLECTIONS } from '../learning/collections'
import { SPACES_COLLECTIONS } from '../spaces/collections'
import { REMINDERS_COLLECTIONS } from '../reminders/collections'
import { INSIGHTS_COLLECTIONS } from '../insights/collections'
import { PRIVACY_COLLECTIONS } from '../privacy/collections'
import { PRACTICE_COLLECTIONS } from '../practice/collections'

export type { CollectionDecl, IndexDecl, SecurityRule } from './schema-types'

const CORE_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'users',
    purpose: 'One record per WeChat user (_id = OPENID): display name, language, roles per factory.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'roles_factory', keys: { 'roles.factoryId': 1 } }]
  },
  {
    name: 'factories',
    purpose: 'Tenants: a factory with its display names and invite code.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'inviteCode_unique', keys: { inviteCode: 1 }, unique: true }]
  },
  {
    name: 'jobs',
    purpose: 'Due work for the scheduler (reminders, fan-out, retention purges); one unique key per job.',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'key_unique', keys: { key: 1 }, unique: true },
      { name: 'status_runAt', keys: { status: 1, runAt: 1 } }
    ]
  },
  {
    name: 'scheduler_runs',
    purpose: 'One line per scheduler run (timer or HTTP): when, how it was started, jobs done; kept 7 days. The newest says whether runs go on (HR is warned after 10 minutes without one).',
    rule: SERVER_ONLY,
    indexes: [{ name: 'finishedAt', keys: { finishedAt: 1 } }]
  }
]

export const COLLECTIONS: CollectionDecl[] = [...CORE_COLLECTIONS, ...LEARNING_COLLECTIONS, ...SPACES_COLLECTIONS, ...REMINDERS_COLLECTIONS, ...INSIGHTS_COLLECTIONS, ...PRIVACY_COLLECTIONS, ...PRACTICE_COLLECTIONS]

export const COLLECTION_NAMES = COLLECTIONS.map((c) => c.name)
