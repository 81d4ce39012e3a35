// The privacy domain's action handlers: what the deployment discloses, and the contact channel.
import type { privacyActions } from '../../src/common/privacy/actions'
import { DELETION_NOTICE_DAYS } from '../../src/common/spaces/policy'
import type { HandlersOf } from '../core/action'
import { configuredRetentionDays } from '../spaces/retention-days'
import { listForHr, myContacts, replyAsHr, sendContact } from './contact'
import { privacyDeployment } from './deployment'

export const privacyHandlers: HandlersOf<typeof privacyActions> = {
  'privacy.info': async () => ({ deployment: privacyDeployment(), retentionDays: configuredRetentionDays(), deletionNoticeDays: DELETION_NOTICE_DAYS }),
  'contact.send': (p, caller) => sendContact(caller, p),
  'contact.mine': async (_p, caller) => ({ messages: await myContacts(caller) }),
  'contact.list': async ({ factoryId, status }, caller) => ({ messages: await listForHr(caller, factoryId, status) }),
  'contact.reply': ({ messageId, text }, caller) => replyAsHr(caller, messageId, text)
}
