// Who may take the course: anyone. A learner who works at a factory has their records carry
// that factory, so the program can report per factory (HR sees aggregates, never a worker's
// answers); records made before joining a factory are attributed to it when they join
// (attribution.ts).
import type { Caller } from '../core/action'

export interface Learner {
  openid: string
  /** the factory the learner works at, or null (a parent or grandparent without one) */
  factoryId: string | null
}

export function learnerOf(caller: Caller): Learner {
  const role = caller.user.roles.find((r) => r.role === 'worker')
  return { openid: caller.openid, factoryId: role?.factoryId ?? null }
}
