// Handlers of the reminders domain (registered in server/functions/api.ts).
// Each authorizes (role + factory, own calls, recipient of a notice) before acting.
import type { remindersActions } from '../../src/common/reminders/actions'
import type { HandlersOf } from '../core/action'
import { recordSubscribeResult, subscriptionState } from './credit-store'
import { callFeedback, createCall, deleteCall, listCalls, updateCall } from './calls'
import { cancelNotice, confirmRead, createNotice, getNotice, listNotices, noticeReport, previewNotice, remindNotice } from './notices'

export const remindersHandlers: HandlersOf<typeof remindersActions> = {
  'messages.templates': async (_p, caller) => subscriptionState(caller.openid),
  'messages.subscribeResult': async (p, caller) => recordSubscribeResult(caller.openid, p),
  'calls.create': createCall,
  'calls.update': updateCall,
  'calls.delete': deleteCall,
  'calls.list': listCalls,
  'calls.feedback': callFeedback,
  'notices.preview': previewNotice,
  'notices.create': createNotice,
  'notices.list': listNotices,
  'notices.report': noticeReport,
  'notices.remind': remindNotice,
  'notices.cancel': cancelNotice,
  'notices.get': getNotice,
  'notices.confirmRead': confirmRead
}
