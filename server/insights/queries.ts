// The database side of the dashboards: a fixed set of aggregation pipelines, each one request
// whatever the number of workers (they group on the database and return bounded rows: per
// factory × session, × week, × day…). Each starts with a $match on an indexed factory field.
// Only stages and operators CloudBase's aggregate supports are used (no $facet/$unionWith).
// Rows never leave the function as they are: build.ts turns them into suppressed figures.
import { db, _, rows } from '../core/cloud'
import { chinaDayStart } from '../../src/common/china-time'


/** Aggregations return 20 rows unless limited; the rows here are bounded well below this. */
const ROWS = 10_000
const DAY_MS = 86_400_000
const WEEK_MS = 7 * DAY_MS
/** A Monday (China time): weeks are counted from it. */
export const WEEK_EPOCH = chinaDayStart('2024-01-01')
/** Longer waits are counted in the last bucket (medians stay exact below it). */
export const MAX_DAYS_BUCKET = 365
export const MAX_HOURS_BUCKET = 24 * 30

export interface Window {
  /** start of the first day (activity figures) */
  from: Date
  /** end of the last day (exclusive) */
  to: Date
}

async function agg<T>(collection: string, stages: Record<string, unknown>[]): Promise<T[]> {
  let a = db.collection(collection).aggregate() as any
  for (const s of stages) {
    const [key, value] = Object.entries(s)[0]
    a = a[key](value)
  }
  const res = (await a.limit(ROWS).end()) as { list: T[] }
  return res.list
}

const inFactories = (factoryIds: string[]) => _.in(factoryIds)
const cond = (test: unknown, yes: unknown, no: unknown) => ({ $cond: [test, yes, no] })
/** Set and not null. (`$gt: [x, null]` would say so on MongoDB, but not every engine orders null below values.) */
const present = (x: unknown) => ({ $ne: [{ $ifNull: [x, '__none'] }, '__none'] })
const floorDiv = (a: unknown, b: number) => ({ $floor: { $divide: [a, b] } })

// ---- learning -------------------------------------------------------------------------

/** Per factory: workers with any progress, and those who passed every session. */
export function learnersByFactory(factoryIds: string[], w: Window, sessionsInCourse: number) {
  return agg<{ _id: string; started: number; courseDone: number }>('learning_progress', [
    { match: { factoryId: inFactories(factoryIds), createdAt: _.lt(w.to) } },
    { group: { _id: { f: '$factoryId', o: '$openid' }, passed: { $sum: cond('$passed', 1, 0) } } },
    { group: { _id: '$_id.f', started: { $sum: 1 }, courseDone: { $sum: cond({ $gte: ['$passed', sessionsInCourse] }, 1, 0) } } }
  ])
}

/** Per factory and session: workers who passed it (the funnel). */
export function passesBySession(factoryIds: string[], w: Window) {
  return agg<{ _id: { f: string; s: string }; n: number }>('learning_progress', [
    { match: { factoryId: inFactories(factoryIds), passed: true, passedAt: _.lt(w.to) } },
    { group: { _id: { f: '$factoryId', s: '$sessionId' }, n: { $sum: 1 } } }
  ])
}

/** Per factory, module and whole days from first opening to last pass: workers who finished the module. */
export function moduleFinishDays(factoryIds: string[], w: Window, sessionsPerModule: number) {
  return agg<{ _id: { f: string; m: string; d: number }; n: number }>('learning_progress', [
    { match: { factoryId: inFactories(factoryIds), createdAt: _.lt(w.to) } },
    {
      group: {
        _id: { f: '$factoryId', o: '$openid', m: { $substrCP: ['$sessionId', 1, 1] } },
        start: { $min: '$createdAt' },
        end: { $max: '$passedAt' },
        passed: { $sum: cond({ $and: ['$passed', { $lt: ['$passedAt', w.to] }] }, 1, 0) }
      }
    },
    { match: { passed: _.gte(sessionsPerModule) } },
    { project: { f: '$_id.f', m: '$_id.m', d: { $min: [floorDiv({ $subtract: ['$end', '$start'] }, DAY_MS), MAX_DAYS_BUCKET] } } },
    { group: { _id: { f: '$f', m: '$m', d: '$d' }, n: { $sum: 1 } } }
  ])
}

/** Per factory and week (number since WEEK_EPOCH): workers who took a quiz that week. */
export function weeklyQuizTakers(factoryIds: string[], w: Window) {
  return agg<{ _id: { f: string; w: number }; n: number }>('learning_quiz_results', [
    { match: { factoryId: inFactories(factoryIds), submittedAt: _.gte(w.from).and(_.lt(w.to)) } },
    { group: { _id: { f: '$factoryId', o: '$openid', w: floorDiv({ $subtract: ['$submittedAt', WEEK_EPOCH] }, WEEK_MS) } } },
    { group: { _id: { f: '$_id.f', w: '$_id.w' }, n: { $sum: 1 } } }
  ])
}

/** Per factory and session: workers whose first attempt (in the window) passed. */
export function firstTries(factoryIds: string[], w: Window) {
  return agg<{ _id: { f: string; s: string }; n: number; passed: number }>('learning_quiz_results', [
    { match: { factoryId: inFactories(factoryIds), submittedAt: _.gte(w.from).and(_.lt(w.to)) } },
    {
      group: {
        _id: { f: '$factoryId', o: '$openid', s: '$sessionId' },
        first: { $min: '$submittedAt' },
        firstPass: { $min: cond('$passed', '$submittedAt', null) }
      }
    },
    { group: { _id: { f: '$_id.f', s: '$_id.s' }, n: { $sum: 1 }, passed: { $sum: cond({ $eq: ['$first', '$firstPass'] }, 1, 0) } } }
  ])
}

/** Per factory: how often each option of each question was chosen (attempts in the window), and by how many people. */
export function answerCounts(factoryIds: string[], w: Window) {
  return agg<{ _id: { f: string; s: string; q: string; c: string }; n: number; people: number }>('learning_quiz_results', [
    { match: { factoryId: inFactories(factoryIds), submittedAt: _.gte(w.from).and(_.lt(w.to)) } },
    { project: { f: '$factoryId', s: '$sessionId', o: '$openid', a: { $objectToArray: '$answers' } } },
    { unwind: '$a' },
    { group: { _id: { f: '$f', s: '$s', q: '$a.k', c: '$a.v', o: '$o' }, n: { $sum: 1 } } },
    { group: { _id: { f: '$_id.f', s: '$_id.s', q: '$_id.q', c: '$_id.c' }, n: { $sum: '$n' }, people: { $sum: 1 } } }
  ])
}

// ---- outcomes (the before/after self-assessment) ----------------------------------------

export interface SurveyItemRow {
  _id: { f: string; k: string; u: boolean }
  nPre: number
  sumPre: number
  agreePre: number
  nPost: number
  sumPost: number
  agreePost: number
  n: number
  sumB: number
  sumA: number
  sumD: number
  sumD2: number
}

/**
 * Per factory, item (workplace items prefixed "w:") and whether the worker's child had a
 * confirmed place in a space: before/after sums and the paired sums of workers who answered
 * both phases of this survey version. Answers outside 1..5 (not applicable) are left out.
 */
export function surveyItems(factoryIds: string[], w: Window, version: number) {
  const isPre = { $eq: ['$phase', 'pre'] }
  return agg<SurveyItemRow>('learning_surveys', [
    { match: { factoryId: inFactories(factoryIds), version, submittedAt: _.lt(w.to) } },
    { lookup: { from: 'registrations', localField: 'openid', foreignField: 'guardianOpenid', as: 'regs' } },
    {
      project: {
        f: '$factoryId',
        o: '$openid',
        phase: 1,
        u: { $in: ['confirmed', { $ifNull: ['$regs.status', []] }] },
        a: {
          $concatArrays: [
            { $objectToArray: { $ifNull: ['$answers', {}] } },
            {
              $map: {
                input: { $objectToArray: { $ifNull: ['$workplace', {}] } },
                as: 'x',
                in: { k: { $concat: ['w:', '$$x.k'] }, v: '$$x.v' }
              }
            }
          ]
        }
      }
    },
    { unwind: '$a' },
    { match: { 'a.v': _.gte(1).and(_.lte(5)) } },
    {
      group: {
        _id: { f: '$f', o: '$o', k: '$a.k' },
        u: { $max: '$u' },
        pre: { $max: cond(isPre, '$a.v', null) },
        post: { $max: cond(isPre, null, '$a.v') }
      }
    },
    {
      project: {
        u: 1,
        pre: 1,
        post: 1,
        both: { $and: [present('$pre'), present('$post')] },
        d: { $subtract: [{ $ifNull: ['$post', 0] }, { $ifNull: ['$pre', 0] }] }
      }
    },
    {
      group: {
        _id: { f: '$_id.f', k: '$_id.k', u: '$u' },
        nPre: { $sum: cond(present('$pre'), 1, 0) },
        sumPre: { $sum: { $ifNull: ['$pre', 0] } },
        agreePre: { $sum: cond({ $gte: ['$pre', 4] }, 1, 0) },
        nPost: { $sum: cond(present('$post'), 1, 0) },
        sumPost: { $sum: { $ifNull: ['$post', 0] } },
        agreePost: { $sum: cond({ $gte: ['$post', 4] }, 1, 0) },
        n: { $sum: cond('$both', 1, 0) },
        sumB: { $sum: cond('$both', '$pre', 0) },
        sumA: { $sum: cond('$both', '$post', 0) },
        sumD: { $sum: cond('$both', '$d', 0) },
        sumD2: { $sum: cond('$both', { $multiply: ['$d', '$d'] }, 0) }
      }
    }
  ])
}

// ---- spaces -----------------------------------------------------------------------------

export interface SeasonRow {
  _id: string
  factoryId: string
  name: string
  startDate: string
  endDate: string
  status: string
  capacity: number
}

/** Seasons of the scope that overlap the window's days (at most a few per factory). */
export function seasons(factoryIds: string[], fromDay: string | null, toDay: string) {
  return rows<SeasonRow>(
    db
      .collection('spaces')
      .where({ factoryId: inFactories(factoryIds), status: _.neq('draft'), startDate: _.lte(toDay), ...(fromDay ? { endDate: _.gte(fromDay) } : {}) })
      .field({ _id: true, factoryId: true, name: true, startDate: true, endDate: true, status: true, capacity: true })
      .orderBy('startDate', 'desc')
      .limit(1000)
      .get()
  )
}

/** Per season and registration status: registrations, and how many of them had an offer. */
export function registrationsBySeason(spaceIds: string[]) {
  return agg<{ _id: { sp: string; st: string }; n: number; offered: number }>('registrations', [
    { match: { spaceId: _.in(spaceIds) } },
    { group: { _id: { sp: '$spaceId', st: '$status' }, n: { $sum: 1 }, offered: { $sum: cond(present('$offeredAt'), 1, 0) } } }
  ])
}

/** Per season and birth date of the confirmed children (the birth date never leaves the function). */
export function confirmedBirthDates(spaceIds: string[]) {
  return agg<{ _id: { sp: string; b: string }; n: number }>('registrations', [
    { match: { spaceId: _.in(spaceIds), status: 'confirmed' } },
    { lookup: { from: 'children', localField: 'childId', foreignField: '_id', as: 'c' } },
    { unwind: '$c' },
    { group: { _id: { sp: '$spaceId', b: '$c.birthDate' }, n: { $sum: 1 } } }
  ])
}

/** Per season and day: children present, refused pickups and children with one. */
export function attendanceByDay(spaceIds: string[], fromDay: string | null, toDay: string) {
  return agg<{ _id: { sp: string; d: string }; present: number; refused: number; refusedChildren: number }>('attendance', [
    { match: { spaceId: _.in(spaceIds), date: fromDay ? _.gte(fromDay).and(_.lte(toDay)) : _.lte(toDay) } },
    {
      group: {
        _id: { sp: '$spaceId', d: '$date' },
        present: { $sum: 1 },
        refused: { $sum: { $size: { $ifNull: ['$refusals', []] } } },
        refusedChildren: { $sum: cond({ $gt: [{ $size: { $ifNull: ['$refusals', []] } }, 0] }, 1, 0) }
      }
    }
  ])
}

// ---- connection and notices -------------------------------------------------------------

/** Per factory (the worker's): calls planned in the window, callers, and feedback faces with the people behind each. */
export function callsByFactory(factoryIds: string[], w: Window) {
  const mood = (m: string) => cond({ $eq: ['$feedback.mood', m] }, 1, 0)
  return agg<{ _id: string; calls: number; callers: number; good: number; okay: number; hard: number; goodPeople: number; okayPeople: number; hardPeople: number }>('calls', [
    { match: { at: _.gte(w.from).and(_.lt(w.to)), status: _.neq('cancelled') } },
    { lookup: { from: 'users', localField: 'openid', foreignField: '_id', as: 'u' } },
    { unwind: '$u' },
    { unwind: '$u.roles' },
    { match: { 'u.roles.role': 'worker', 'u.roles.factoryId': inFactories(factoryIds) } },
    { group: { _id: { f: '$u.roles.factoryId', o: '$openid' }, calls: { $sum: 1 }, good: { $sum: mood('good') }, okay: { $sum: mood('okay') }, hard: { $sum: mood('hard') } } },
    {
      group: {
        _id: '$_id.f',
        calls: { $sum: '$calls' },
        callers: { $sum: 1 },
        good: { $sum: '$good' },
        okay: { $sum: '$okay' },
        hard: { $sum: '$hard' },
        goodPeople: { $sum: cond({ $gt: ['$good', 0] }, 1, 0) },
        okayPeople: { $sum: cond({ $gt: ['$okay', 0] }, 1, 0) },
        hardPeople: { $sum: cond({ $gt: ['$hard', 0] }, 1, 0) }
      }
    }
  ])
}

/**
 * Per factory: weekly practices taken on in the window, the people behind them, the check-ins,
 * and the people who answered / tried at least once. Attributed through the learner's worker
 * role (as calls), so a practice made before joining a factory counts for it once they join.
 */
export function practiceByFactory(factoryIds: string[], w: Window) {
  const tried = { $or: [{ $eq: ['$answer', 'yes'] }, { $eq: ['$answer', 'a-bit'] }] }
  return agg<{ _id: string; commitments: number; committers: number; checkIns: number; answered: number; tried: number }>('practice_commitments', [
    { match: { createdAt: _.gte(w.from).and(_.lt(w.to)) } },
    { lookup: { from: 'users', localField: 'openid', foreignField: '_id', as: 'u' } },
    { unwind: '$u' },
    { unwind: '$u.roles' },
    { match: { 'u.roles.role': 'worker', 'u.roles.factoryId': inFactories(factoryIds) } },
    { group: { _id: { f: '$u.roles.factoryId', o: '$openid' }, commitments: { $sum: 1 }, checkIns: { $sum: cond({ $eq: ['$status', 'done'] }, 1, 0) }, tried: { $sum: cond(tried, 1, 0) } } },
    {
      group: {
        _id: '$_id.f',
        commitments: { $sum: '$commitments' },
        committers: { $sum: 1 },
        checkIns: { $sum: '$checkIns' },
        answered: { $sum: cond({ $gt: ['$checkIns', 0] }, 1, 0) },
        tried: { $sum: cond({ $gt: ['$tried', 0] }, 1, 0) }
      }
    }
  ])
}

/** Notices the scope sent in the window (ids and factories only). */
export function noticesSent(factoryIds: string[], w: Window) {
  return rows<{ _id: string; factoryId: string }>(
    db
      .collection('notices')
      .where({ factoryId: inFactories(factoryIds), sentAt: _.gte(w.from).and(_.lt(w.to)) })
      .field({ _id: true, factoryId: true })
      .limit(1000)
      .get()
  )
}

/** Per notice and hours from delivery to read confirmation (-1 = not read): recipients. */
export function noticeReads(noticeIds: string[]) {
  if (!noticeIds.length) return Promise.resolve([])
  return agg<{ _id: { n: string; h: number }; c: number }>('deliveries', [
    { match: { noticeId: _.in(noticeIds) } },
    {
      project: {
        n: '$noticeId',
        h: cond(present('$confirmedAt'), { $min: [floorDiv({ $subtract: ['$confirmedAt', '$createdAt'] }, 3_600_000), MAX_HOURS_BUCKET] }, -1)
      }
    },
    { group: { _id: { n: '$n', h: '$h' }, c: { $sum: 1 } } }
  ])
}
