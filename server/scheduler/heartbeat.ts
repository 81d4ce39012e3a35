// Every scheduler run is recorded: one line per run (kept a week, for diagnosis); the newest
// line is what HR's home reads to warn when runs have stopped.
import { db, _, rows } from '../core/cloud'
import type { RunSummary } from './run'

export const RUN_HISTORY_DAYS = 7

export type RunVia = 'timer' | 'http'

const runs = () => db.collection('scheduler_runs')

export async function recordSchedulerRun(via: RunVia, startedAt: Date, summary: RunSummary): Promise<void> {
  const finishedAt = new Date()
  const { ok: _ok, ...counts } = summary
  const cutoff = new Date(finishedAt.getTime() - RUN_HISTORY_DAYS * 86_400_000)
  await Promise.all([runs().add({ data: { via, startedAt, finishedAt, ...counts } }), runs().where({ finishedAt: _.lt(cutoff) }).remove()])
}

export async function lastSchedulerRunAt(): Promise<Date | null> {
  const [newest] = await rows<{ finishedAt: Date }>(runs().orderBy('finishedAt', 'desc').field({ finishedAt: true }).limit(1).get())
  return newest ? new Date(newest.finishedAt) : null
}
