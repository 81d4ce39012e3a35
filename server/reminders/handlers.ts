// Handlers of the reminders domain (registered in server/functions/api.ts).
import type { remindersActions } from '../../src/common/reminders/actions'
import { AppError } from '../../src/common/errors'
import type { HandlersOf } from '../core/action'

const notYet = async (): Promise<never> => {
  throw new AppError('INTERNAL')
}

export const remindersHandlers: HandlersOf<typeof remindersActions> = {
  'messages.templates': notYet,
  'messages.subscribeResult': notYet,
  'calls.create': notYet,
  'calls.update': notYet,
  'calls.delete': notYet,
  'calls.list': notYet,
  'calls.feedback': notYet,
  'notices.preview': notYet,
  'notices.create': notYet,
  'notices.list': notYet,
  'notices.report': notYet,
  'notices.remind': notYet,
  'notices.cancel': notYet,
  'notices.get': notYet,
  'notices.confirmRead': notYet
}
