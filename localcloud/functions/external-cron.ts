// Stands in for the outside cron a V2 environment needs (it has no timer triggers): once a
// minute, at second 0 like the V1 trigger, it calls the scheduler through HTTP access with
// the bearer secret the function was given.
import { httpAccessEvent } from './http-access'
import type { CallerContext, InvocationRecord } from './host'

export interface ExternalCronOptions {
  functionName: string
  secret: string
  invoke: (name: string, event: unknown, caller: CallerContext) => Promise<InvocationRecord>
  everyMs?: number
}

export function startExternalCron(opts: ExternalCronOptions): () => void {
  const every = opts.everyMs ?? 60_000
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const fire = async () => {
    if (stopped) return
    const event = httpAccessEvent({
      method: 'POST',
      path: `/__http/${opts.functionName}`,
      headers: { authorization: `Bearer ${opts.secret}`, 'content-type': 'application/json' },
      query: {},
      body: '{}'
    })
    await opts.invoke(opts.functionName, event, { source: '' }).catch(() => undefined)
    schedule()
  }
  const schedule = () => {
    if (stopped) return
    timer = setTimeout(() => void fire(), every - (Date.now() % every))
    timer.unref()
  }
  schedule()
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}
