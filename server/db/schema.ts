// The database as code: every collection, its indexes and its security rule.
// It drives the local cloud (collections created, unique indexes enforced) and
// `npm run deploy:db` for a real CloudBase environment.

export interface IndexDecl {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
  sparse?: boolean
}

/** CloudBase security rule. Cloud functions bypass rules; the app never reads these directly. */
export interface SecurityRule {
  read: boolean | string
  write: boolean | string
}

export interface CollectionDecl {
  name: string
  /** what it holds and why (minimum necessary data, PIPL) */
  purpose: string
  rule: SecurityRule
  indexes: IndexDecl[]
}

const SERVER_ONLY: SecurityRule = { read: false, write: false }

export const COLLECTIONS: CollectionDecl[] = [
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
  }
]

export const COLLECTION_NAMES = COLLECTIONS.map((c) => c.name)
