// Synthetic history for the impact dashboards (demo seed, bench, tests): workers of a factory
// with course progress, quiz attempts and before/after surveys; a past season with
// registrations, offers and attendance; notices with reads; planned calls with feedback.
// Deterministic (seeded PRNG) and written straight to the store as the functions would have.
import type { Write } from '../db/store'
import type { Survey, WorkplaceItem } from '../../src/common/learning/content'

export interface CourseShapeForHistory {
  sessions: { id: string; module: number; quiz: { id: string; options: { id: string; correct?: boolean }[] }[] }[]
}

export interface HistoryOptions {
  factoryId: string
  workers: number
  /** openids are `${prefix}${n}` */
  openidPrefix: string
  course: CourseShapeForHistory
  surveyVersion: number
  surveyItems: string[]
  /** the survey's workplace items (surveyWorkplaceItems): answers follow each item's scale */
  workplaceItems?: WorkplaceItem[]
  now?: Date
  seed?: number
  /** display names of workers (demo); empty for the bench */
  names?: boolean
  /** a finished season with children (needs workers ≥ 20) */
  season?: { spaceId: string; staffOpenid: string; hrOpenid: string }
  /** notices with deliveries and reads */
  notices?: number
  /** planned calls with feedback */
  calls?: boolean
  /** weekly practices taken on and answered (the demo's practice figures) */
  practice?: boolean
}

/** mulberry32: small, fast, reproducible. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const HOUR = 3_600_000
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭']
const GIVEN = ['秀兰', '建华', '丽娟', '志强', '海燕', '桂英', '国庆', '春梅', '红霞', '永刚', '晓燕', '文静']

const chinaDay = (t: number) => new Date(t + 8 * HOUR).toISOString().slice(0, 10)

export function insightsHistory(o: HistoryOptions): Write[] {
  const rand = rng(o.seed ?? 12026)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const now = (o.now ?? new Date()).getTime()
  const writes: Write[] = []
  const put = (coll: string, doc: Record<string, unknown> & { _id: string }) => writes.push({ coll, id: doc._id, doc })
  const sessions = [...o.course.sessions].sort((a, b) => a.id.localeCompare(b.id))
  // one question per session is "hard" (answered wrong more often): what the dashboard should find
  const hard = new Map(sessions.map((s, i) => [s.id, s.quiz[i % s.quiz.length].id]))
  const f = o.factoryId
  const workers: string[] = []

  for (let n = 0; n < o.workers; n++) {
    const openid = `${o.openidPrefix}${n}`
    workers.push(openid)
    const joined = now - (20 + rand() * 70) * DAY
    put('users', {
      _id: openid,
      displayName: o.names ? pick(SURNAMES) + pick(GIVEN) : '',
      language: 'zh-CN',
      roles: [{ factoryId: f, role: 'worker' }],
      createdAt: new Date(joined),
      updatedAt: new Date(joined)
    })
    // how far they got: a fifth never start, a third finish everything
    const r = rand()
    const passed = r < 0.2 ? 0 : r < 0.55 ? Math.floor(rand() * 10) + 1 : r < 0.67 ? 10 + Math.floor(rand() * 20) : sessions.length
    const started = r < 0.2 ? rand() < 0.3 : true
    const base = 2 + Math.floor(rand() * 2) // 2..3 on the 5-point scale before the course
    const survey = (phase: 'pre' | 'post', at: number, lift: number) => {
      const answers: Record<string, number> = {}
      for (const item of o.surveyItems) answers[item] = Math.max(1, Math.min(5, base + (rand() < 0.5 ? 0 : 1) + lift))
      const doc: Record<string, unknown> & { _id: string } = { _id: `${openid}:${phase}`, openid, factoryId: f, phase, key: `hist-${phase}-${n}`, version: o.surveyVersion, answers, submittedAt: new Date(at) }
      if (o.workplaceItems?.length) doc.workplace = Object.fromEntries(o.workplaceItems.map((w) => [w.id, workplaceAnswer(w, base + lift, rand)]))
      put('learning_surveys', doc)
    }
    if (started && rand() < 0.85) survey('pre', joined + HOUR, 0)
    let t = joined + 2 * HOUR
    for (let i = 0; i < Math.max(passed, started ? 1 : 0) && t < now; i++) {
      const s = sessions[i]
      const createdAt = t
      const isPassed = i < passed
      let attemptAt = createdAt + (0.2 + rand()) * HOUR
      let passedAt: number | null = null
      let best = 0
      for (let attempt = 0; isPassed && passedAt === null && attempt < 3; attempt++) {
        const answers: Record<string, string> = {}
        let score = 0
        for (const q of s.quiz) {
          const pRight = q.id === hard.get(s.id) ? 0.45 : 0.88
          const right = rand() < pRight || attempt === 2
          const option = right ? q.options.find((x) => x.correct)! : pick(q.options.filter((x) => !x.correct))
          answers[q.id] = option.id
          if (right) score++
        }
        const ok = score >= Math.ceil(s.quiz.length * 0.6)
        best = Math.max(best, score)
        put('learning_quiz_results', {
          _id: `${openid}:${s.id}:${attempt}`,
          openid,
          factoryId: f,
          sessionId: s.id,
          key: `hist-${n}-${i}-${attempt}`,
          contentVersion: 'history',
          answers,
          score,
          total: s.quiz.length,
          passed: ok,
          submittedAt: new Date(attemptAt)
        })
        if (ok) passedAt = attemptAt
        attemptAt += (0.1 + rand()) * HOUR
      }
      put('learning_progress', {
        _id: `${openid}:${s.id}`,
        openid,
        factoryId: f,
        sessionId: s.id,
        card: isPassed ? 5 : 2,
        passed: passedAt !== null,
        bestScore: best,
        ...(passedAt !== null ? { passedAt: new Date(passedAt) } : {}),
        createdAt: new Date(createdAt),
        updatedAt: new Date(passedAt ?? createdAt)
      })
      t = (passedAt ?? createdAt) + (0.3 + rand() * 2.5) * DAY
    }
    if (passed === sessions.length && t < now && rand() < 0.85) survey('post', Math.min(now - HOUR, t), 1)
  }

  if (o.season && workers.length >= 20) seasonHistory(o, workers, now, rand, put)
  if (o.notices) noticeHistory(o, workers, now, rand, put)
  if (o.calls) callHistory(workers, now, rand, put)
  if (o.practice) practiceHistory(o, workers, now, rand, put)
  return writes
}

type Put = (coll: string, doc: Record<string, unknown> & { _id: string }) => void

/** A season that ran from 40 to 12 days ago: 24 places, 30 families, offers, daily attendance. */
function seasonHistory(o: HistoryOptions, workers: string[], now: number, rand: () => number, put: Put) {
  const s = o.season!
  const start = now - 40 * DAY
  const startDate = chinaDay(start)
  const endDate = chinaDay(now - 12 * DAY)
  const capacity = 24
  const families = workers.slice(0, 30)
  const ids: { childId: string; status: string; offered: boolean }[] = []
  families.forEach((openid, i) => {
    const childId = `${s.spaceId}-child-${i}`
    const age = 3 + Math.floor(rand() * 11)
    const birth = chinaDay(start - age * 365.25 * DAY - rand() * 300 * DAY)
    put('child_consents', { _id: openid, openid, policyVersion: 'history', consentAt: new Date(start - 20 * DAY), status: 'given' })
    put('children', {
      _id: childId,
      guardianOpenid: openid,
      givenName: `孩子${i + 1}`,
      birthDate: birth,
      relation: 'parent',
      allergies: null,
      medicalNotes: null,
      emergencyContacts: [],
      pickupPeople: [],
      createdAt: new Date(start - 15 * DAY),
      updatedAt: new Date(start - 15 * DAY)
    })
    // the first 22 got places, 2 more by an accepted offer, 2 let an offer expire, the rest waited
    const status = i < 22 ? 'confirmed' : i < 24 ? 'confirmed' : i < 26 ? 'expired' : 'waitlisted'
    const offered = i >= 22 && i < 26
    ids.push({ childId, status, offered })
    put('registrations', {
      _id: `${s.spaceId}-reg-${i}`,
      spaceId: s.spaceId,
      factoryId: o.factoryId,
      childId,
      guardianOpenid: openid,
      status,
      seq: i + 1,
      ...(offered ? { offeredAt: new Date(start - 5 * DAY), offerExpiresAt: new Date(start - 3 * DAY) } : {}),
      createdAt: new Date(start - 14 * DAY + i * HOUR),
      updatedAt: new Date(start - 5 * DAY)
    })
  })
  put('spaces', {
    _id: s.spaceId,
    factoryId: o.factoryId,
    name: '2026 暑期爱心托管班（往期）',
    location: '厂区 A 栋',
    startDate,
    endDate,
    dailyHours: { start: '08:00', end: '18:00' },
    capacity,
    minAge: 3,
    maxAge: 14,
    registrationOpens: chinaDay(start - 20 * DAY),
    registrationCloses: chinaDay(start - 2 * DAY),
    requiresApproval: false,
    notesForParents: '',
    status: 'closed',
    taken: 24,
    waiting: 4,
    seq: 30,
    staffOpenids: [s.staffOpenid],
    retentionDays: 90,
    createdBy: s.hrOpenid,
    createdAt: new Date(start - 25 * DAY),
    updatedAt: new Date(start - 25 * DAY)
  })
  const confirmed = ids.filter((x) => x.status === 'confirmed')
  for (let d = 0; d * DAY + start <= now - 12 * DAY; d++) {
    const date = chinaDay(start + d * DAY)
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
    if (weekday === 0) continue // closed on Sundays
    const share = 0.7 + rand() * 0.25
    confirmed.forEach((c, i) => {
      if (rand() > share) return
      const at = Date.parse(`${date}T08:10:00+08:00`)
      const refused = d === 5 && i < 2
      put('attendance', {
        _id: `${s.spaceId}:${c.childId}:${date}`,
        spaceId: s.spaceId,
        factoryId: o.factoryId,
        childId: c.childId,
        registrationId: `${s.spaceId}-reg-${i}`,
        date,
        state: 'checked_out',
        checkInAt: new Date(at),
        checkInBy: s.staffOpenid,
        checkOutAt: new Date(at + 9 * HOUR),
        checkOutBy: s.staffOpenid,
        refusals: refused ? [{ at: new Date(at + 8 * HOUR), byOpenid: s.staffOpenid, pickupPersonId: null, personName: '—', reason: 'not_authorized' }] : [],
        wrongPins: 0
      })
    })
  }
}

function noticeHistory(o: HistoryOptions, workers: string[], now: number, rand: () => number, put: Put) {
  for (let k = 0; k < o.notices!; k++) {
    const sentAt = now - (5 + k * 9) * DAY
    const id = `${o.factoryId}-notice-${k}`
    put('notices', {
      _id: id,
      factoryId: o.factoryId,
      title: ['端午节放假安排', '托管班开始报名', '家长课堂第二单元上线'][k % 3],
      body: '请查看详情。',
      audience: { type: 'all_workers' },
      status: 'sent',
      sendAt: new Date(sentAt),
      sentAt: new Date(sentAt),
      createdBy: o.season?.hrOpenid ?? 'history',
      createdByName: '',
      createdAt: new Date(sentAt),
      requestKey: `hist-notice-${o.factoryId}-${k}`,
      reminders: 0,
      lastRemindAt: null,
      readCount: 0,
      finalCounts: { recipients: workers.length, pushed: 0, noCredit: workers.length, failed: 0 }
    })
    for (const openid of workers) {
      const read = rand() < 0.78
      put('deliveries', {
        _id: `notice:${id}:${openid}`,
        key: `notice:${id}:${openid}`,
        kind: 'notice',
        openid,
        notificationId: `n-${id}-${openid}`,
        push: 'no_credit',
        noticeId: id,
        confirmedAt: read ? new Date(sentAt + rand() * rand() * 72 * HOUR) : null,
        createdAt: new Date(sentAt)
      })
    }
  }
}

function callHistory(workers: string[], now: number, rand: () => number, put: Put) {
  const moods = ['good', 'good', 'good', 'okay', 'okay', 'hard']
  workers.forEach((openid, i) => {
    if (rand() > 0.6) return
    for (let k = 0; k < 3; k++) {
      const at = now - (3 + k * 7 + rand() * 3) * DAY
      const id = `call-${openid}-${k}`
      put('calls', {
        _id: id,
        openid,
        seriesId: `series-${openid}`,
        withWhom: '孩子',
        date: chinaDay(at),
        time: '20:00',
        at: new Date(at),
        repeatWeekly: true,
        note: '',
        status: 'planned',
        reminded: true,
        feedback: rand() < 0.8 ? { mood: moods[(i + k) % moods.length], at: new Date(at + HOUR), tipId: null } : null,
        createdAt: new Date(at - 7 * DAY),
        updatedAt: new Date(at + HOUR)
      })
    }
  })
}

/** About half the workers took on a practice in some of the last 4 weeks; most answered "did you try it?". */
function practiceHistory(o: HistoryOptions, workers: string[], now: number, rand: () => number, put: Put) {
  const sessions = o.course.sessions.map((s) => s.id)
  workers.forEach((openid) => {
    if (rand() > 0.5) return
    for (let k = 0; k < 4; k++) {
      if (rand() < 0.35) continue
      const createdAt = now - (k * 7 + 2 + rand() * 3) * DAY
      const r = rand()
      const answer = r < 0.45 ? 'yes' : r < 0.7 ? 'a-bit' : r < 0.88 ? 'not-yet' : null
      put('practice_commitments', {
        _id: `practice-${openid}-${k}`,
        openid,
        factoryId: o.factoryId,
        sessionId: sessions[k % sessions.length],
        key: `history-${k}`,
        scope: 'day',
        day: chinaDay(createdAt + DAY),
        remindAt: new Date(createdAt + DAY),
        status: answer ? 'done' : k === 0 ? 'open' : 'replaced',
        answer,
        barrier: answer && answer !== 'yes' ? (['no-time', 'child-not-interested', 'forgot', 'other'] as const)[Math.floor(rand() * 4)] : null,
        tipId: null,
        checkedInAt: answer ? new Date(createdAt + 2 * DAY) : null,
        createdAt: new Date(createdAt),
        updatedAt: new Date(createdAt + 2 * DAY)
      })
    }
  })
}

/** The built course (build/content/course.json, made by build:server): sessions, quizzes, survey items. */
export function builtCourse(repoRoot: string): CourseShapeForHistory & { survey: Survey | null } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs')
  return JSON.parse(fs.readFileSync(`${repoRoot}/build/content/course.json`, 'utf8'))
}

/** The workplace statements of the survey (its v2 block). */
export function surveyWorkplaceItems(survey: Survey | null): WorkplaceItem[] {
  return survey?.workplace.statements ?? []
}

/** Workplace item ids of a survey definition. */
export function workplaceIds(survey: Survey | null): string[] {
  return surveyWorkplaceItems(survey).map((x) => x.id)
}

/**
 * A plausible answer on the item's own scale (what the app would accept): a yes/no item is
 * 1 (no) or 2 (yes), or "does not apply" where offered; a 5-point item follows the worker's level.
 */
function workplaceAnswer(item: WorkplaceItem, level: number, rand: () => number): number | 'na' {
  if (item.scale === 'yes-no') {
    const r = rand()
    return item.notApplicable && r < 0.2 ? 'na' : r < 0.55 ? 2 : 1
  }
  return Math.max(1, Math.min(5, level))
}
