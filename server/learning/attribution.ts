// Learning done before joining a factory counts for it: the learner's records without a factory
// get it (records.ts), and when any did, the factory's dashboard rollup is refreshed by the next
// scheduler run instead of showing the old figures for up to ROLLUP_MAX_AGE_MS.
import { enqueueJob } from '../scheduler/enqueue'
import { idFor } from '../core/ids'
import { ROLLUP_JOB } from '../insights/figures'
import { attributeLearningToFactory } from './records'

/** One refresh per factory per this many ms, however many learners join in it. */
const REFRESH_BUCKET_MS = 60_000

export async function attributeLearning(openid: string, factoryId: string, now = new Date()): Promise<number> {
  const moved = await attributeLearningToFactory(openid, factoryId)
  if (moved > 0) {
    const bucket = Math.floor(now.getTime() / REFRESH_BUCKET_MS)
    await enqueueJob(`${ROLLUP_JOB}:joined:${idFor(factoryId)}:${bucket}`, ROLLUP_JOB, now, { factoryIds: [factoryId] })
  }
  return moved
}
