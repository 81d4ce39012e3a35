import type { meActions } from '../../src/common/api'
import type { HandlersOf } from '../core/action'
import { meGet, meUpdate } from './actions'

export const meHandlers: HandlersOf<typeof meActions> = {
  'me.get': meGet,
  'me.update': meUpdate
}
