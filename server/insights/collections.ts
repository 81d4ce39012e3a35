import { SERVER_ONLY, type CollectionDecl } from '../db/schema-types'

export const INSIGHTS_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'programs',
    purpose: 'An NGO or brand program: display name, the factories it runs, its program officers (OPENIDs; aggregates only). Made by an operator command.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'officers', keys: { officerOpenids: 1 } }]
  }
]
