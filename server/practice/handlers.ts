import type { practiceActions } from '../../src/common/practice/actions'
import type { HandlersOf } from '../core/action'
import { checkIn, commit, current } from './actions'

export const practiceHandlers: HandlersOf<typeof practiceActions> = {
  'practice.commit': commit,
  'practice.current': current,
  'practice.checkIn': checkIn
}
