import type { learningActions } from '../../src/common/learning/actions'
import type { HandlersOf } from '../core/action'

export const learningHandlers: HandlersOf<typeof learningActions> = {}
