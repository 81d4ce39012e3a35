import { classifySchedulerCall, MIN_SECRET_LENGTH } from '../../../server/scheduler/trigger'
import { schedulerHealth, SCHEDULER_STALE_AFTER_MS } from '../../../src/common/scheduler/health'

const SECRET = 'x'.repeat(MIN_SECRET_LENGTH)
const http = (headers: Record<string, string>, httpMethod = 'POST') => ({ httpMethod, headers, body: '{}' })

describe('who may start a scheduler run', () => {
  test('the timer trigger, even as the first hop of a chain', () => {
    expect(classifySchedulerCall({ Type: 'Timer' }, 'wx_trigger', undefined)).toEqual({ kind: 'timer' })
    expect(classifySchedulerCall({}, 'wx_trigger,scf', undefined)).toEqual({ kind: 'timer' })
  })
  test('an HTTP call with the right bearer secret, whatever the header case', () => {
    expect(classifySchedulerCall(http({ Authorization: `Bearer ${SECRET}` }), '', SECRET)).toEqual({ kind: 'http' })
    expect(classifySchedulerCall(http({ authorization: `bearer ${SECRET}` }), '', SECRET)).toEqual({ kind: 'http' })
  })
  test('not a wrong or missing secret, nor a GET', () => {
    expect(classifySchedulerCall(http({ authorization: `Bearer ${SECRET}x` }), '', SECRET)).toMatchObject({ kind: 'refused', status: 401 })
    expect(classifySchedulerCall(http({}), '', SECRET)).toMatchObject({ kind: 'refused', status: 401 })
    expect(classifySchedulerCall(http({ authorization: `Bearer ${SECRET}` }, 'GET'), '', SECRET)).toMatchObject({ kind: 'refused', status: 405 })
  })
  test('the HTTP path stays closed without a long enough secret in the environment', () => {
    expect(classifySchedulerCall(http({ authorization: 'Bearer short' }), '', 'short')).toMatchObject({ kind: 'refused', status: 403 })
    expect(classifySchedulerCall(http({ authorization: 'Bearer ' }), '', undefined)).toMatchObject({ kind: 'refused', status: 403 })
  })
  test('an app call is refused and is not answered as HTTP', () => {
    expect(classifySchedulerCall({ action: 'x' }, 'wx_client', SECRET)).toMatchObject({ kind: 'refused', http: false })
  })
})

describe('scheduler health', () => {
  const now = new Date('2026-11-30T12:00:00Z')
  test('fresh, stale after 10 minutes, never', () => {
    expect(schedulerHealth(new Date(now.getTime() - 60_000), now)).toMatchObject({ state: 'ok', minutesSince: 1 })
    expect(schedulerHealth(new Date(now.getTime() - SCHEDULER_STALE_AFTER_MS), now)).toMatchObject({ state: 'ok', minutesSince: 10 })
    expect(schedulerHealth(new Date(now.getTime() - SCHEDULER_STALE_AFTER_MS - 1000), now)).toMatchObject({ state: 'stale', minutesSince: 10 })
    expect(schedulerHealth(null, now)).toEqual({ state: 'never', lastRunAt: null, minutesSince: null })
  })
})
