// Collections of the privacy domain (merged in server/db/schema.ts).
import { SERVER_ONLY, type CollectionDecl } from '../db/schema-types'

export const PRIVACY_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'contact_messages',
    purpose:
      "Contact/complaint form messages (_id per sender, China day and slot: at most CONTACT_MAX_PER_DAY a day): sender openid, the factory whose HR receives it (or null), topic, text, HR's reply. Read by HR in the app and by the deployment's privacy contact (npm run admin -- contact-messages).",
    rule: SERVER_ONLY,
    indexes: [
      { name: 'factory_createdAt', keys: { factoryId: 1, createdAt: -1 } },
      { name: 'openid_createdAt', keys: { openid: 1, createdAt: -1 } },
      { name: 'openid_day', keys: { openid: 1, day: 1 } },
      { name: 'status_createdAt', keys: { status: 1, createdAt: -1 } },
      { name: 'requestKey_unique', keys: { requestKey: 1 }, unique: true, sparse: true }
    ]
  }
]
