// Who may take the course: workers of a factory. Their records carry that factory so the
// program can report per factory (HR sees aggregates, never a worker's answers).
import { AppError } from '../../src/common/errors'
import type { Caller } from '../core/action'

export function requireWorker(caller: Caller): { openid: string; factoryId: string } {
  const role = caller.user.roles.find((r) => r.role === 'worker')
  if (!role) throw new AppError('LEARNING_NOT_A_WORKER')
  return { openid: caller.openid, factoryId: role.factoryId }
}
