import type { spacesActions } from '../../src/common/spaces/actions'
import type { HandlersOf } from '../core/action'

export const spacesHandlers: HandlersOf<typeof spacesActions> = {}
