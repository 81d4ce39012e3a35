import { SERVER_ONLY, type CollectionDecl } from '../db/schema-types'

export const PRACTICE_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'practice_commitments',
    purpose:
      'Weekly practices a parent took on (_id from openid + the device’s key, so a retried commit is stored once): session, day picked, open/done/replaced, the "did you try it?" answer and what got in the way. The program reports counts only.',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'openid_status', keys: { openid: 1, status: 1 } },
      { name: 'createdAt', keys: { createdAt: -1 } }
    ]
  }
]
