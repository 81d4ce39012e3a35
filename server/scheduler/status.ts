// `scheduler.status`: HR's home asks whether reminders and offers are going out.
import type { schedulerActions } from '../../src/common/scheduler/actions'
import { schedulerHealth } from '../../src/common/scheduler/health'
import { AppError } from '../../src/common/errors'
import { hasRole } from '../../src/common/roles'
import type { HandlersOf } from '../core/action'
import { lastSchedulerRunAt } from './heartbeat'

export const schedulerStatusHandlers: HandlersOf<typeof schedulerActions> = {
  'scheduler.status': async (_payload, caller) => {
    // HR only: it is about the deployment, and what to do is an HR/operator matter.
    if (!hasRole(caller.user.roles, 'hr')) throw new AppError('FORBIDDEN')
    return schedulerHealth(await lastSchedulerRunAt(), new Date())
  }
}
