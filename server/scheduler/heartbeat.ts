// Every scheduler run is recorded: one line per run (kept a week, for diagnosis) and the
// status document HR's home reads to warn when runs have stopped.
import { db, _, byId } from '../core/cloud'
import type { RunSummary } from './run'

export const RUN_HISTORY_DAYS = 7
const STATUS_ID = 'scheduler'

export type RunVia = 'timer' | 'http'

interface StatusRecord {
  _id: string
  lastRunAt: Date
  lastVia: RunVia
}

export async function recordSchedulerRun(via: RunVia, startedAt: Date, summary: RunSummary): Promise<void> {
  const finishedAt = new Date()
  const { ok: _ok, ...counts } = summary
  await db.collection('scheduler_runs').add({ data: { via, startedAt, finishedAt, ...counts } })
  await db.collection('scheduler_status').doc(STATUS_ID).set({ data: { lastRunAt: finishedAt, lastVia: via } })
  const cutoff = new Date(finishedAt.getTime() - RUN_HISTORY_DAYS * 86_400_000)
  await db.collection('scheduler_runs').where({ finishedAt: _.lt(cutoff) }).remove()
}

export async function lastSchedulerRunAt(): Promise<Date | null> {
  const status = await byId<StatusRecord>(db.collection('scheduler_status'), STATUS_ID)
  return status ? new Date(status.lastRunAt) : null
}
