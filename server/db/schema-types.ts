// Types of the database declaration (server/db/schema.ts and each domain's collections.ts).

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

export const SERVER_ONLY: SecurityRule = { read: false, write: false }
