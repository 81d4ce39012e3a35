// Lesson nudges: a daily sweep over the workers, in pages with a cursor (like
// the notice fan-out), reading the learning collections read-only.
import { needsNudge, nudgeWeek } from '../../src/common/reminders/nudge'
import { chinaDate } from '../../src/common/spaces/dates'
import type { JobRecord } from '../scheduler/policy'
import type { JobContext } from '../scheduler/registry'
import { COURSE, COURSE_TITLE } from '../learning/content'
import { _, coll, enqueueJob, rows } from './db'
import { deliver } from './push'
import { NUDGE_SWEEP_JOB } from './job-kinds'

const PAGE = 100
const DAY = 86_400_000

const HINT = { 'zh-CN': '好几天没学了，花5分钟学一课吧', en: 'Take 5 minutes for one lesson today' } as const

/** Enqueues today's sweep (20:00 China time, after the day shift); a unique key makes repeats no-ops. */
export async function ensureNudgeSweep(now: Date): Promise<void> {
  const chinaHour = (now.getUTCHours() + 8) % 24
  if (chinaHour !== 20 || now.getUTCMinutes() >= 10) return // a few tries a day, not a write every minute
  const date = chinaDate(now)
  await enqueueJob(`${NUDGE_SWEEP_JOB}:${date}`, NUDGE_SWEEP_JOB, now, { date })
}

interface UserRow {
  _id: string
  language?: 'zh-CN' | 'en'
  createdAt?: Date
}

export async function runNudgeSweep(job: JobRecord, ctx: JobContext): Promise<void | { more: boolean }> {
  let cursor = (job.payload?.cursor as string | null | undefined) ?? null
  const total = COURSE.sessions.length
  for (;;) {
    if (ctx.timeLeft() < 1_500) return { more: true }
    const now = ctx.now()
    const users = await rows<UserRow>(
      coll.users().where({ roles: _.elemMatch({ role: 'worker' }), ...(cursor ? { _id: _.gt(cursor) } : {}) }).orderBy('_id', 'asc').field({ _id: true, language: true, createdAt: true }).limit(PAGE).get()
    )
    if (!users.length) return
    const ids = users.map((u) => u._id)
    const [progress, recentNudges] = await Promise.all([
      rows<{ openid: string; updatedAt: Date; passed: boolean }>(coll.learningProgress().where({ openid: _.in(ids) }).field({ openid: true, updatedAt: true, passed: true }).limit(1000).get()),
      rows<{ openid: string; createdAt: Date }>(
        coll.deliveries().where({ openid: _.in(ids), kind: 'lesson_nudge', createdAt: _.gt(new Date(now.getTime() - 7 * DAY)) }).field({ openid: true, createdAt: true }).limit(1000).get()
      )
    ])
    for (const u of users) {
      const mine = progress.filter((p) => p.openid === u._id)
      const last = mine.reduce<Date | null>((m, p) => (!m || new Date(p.updatedAt) > m ? new Date(p.updatedAt) : m), null)
      const nudged = recentNudges.filter((d) => d.openid === u._id).map((d) => new Date(d.createdAt))
      const facts = {
        lastActivityAt: last ?? new Date(u.createdAt ?? now),
        passedSessions: mine.filter((p) => p.passed).length,
        totalSessions: total,
        lastNudgeAt: nudged.length ? new Date(Math.max(...nudged.map((d) => d.getTime()))) : null,
        now
      }
      if (!needsNudge(facts)) continue
      const lang = u.language === 'en' ? 'en' : 'zh-CN'
      await deliver(`nudge:${nudgeWeek(now)}:${u._id}`, {
        kind: 'lesson_nudge',
        openid: u._id,
        inbox: { kind: 'lesson_nudge', params: {} },
        values: { courseTitle: COURSE_TITLE[lang], hint: HINT[lang], lastStudiedAt: facts.lastActivityAt }
      })
    }
    cursor = users[users.length - 1]._id
    await ctx.checkpoint({ cursor })
    if (users.length < PAGE) return
  }
}
