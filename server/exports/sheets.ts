// Pure: what goes into an export file, as sheets of rows (a header row first). Dashboard sheets
// carry the suppressed figures exactly as the dashboard shows them ("<5", "hidden").
import type { Dashboard } from '../../src/common/insights/actions'
import type { Lang } from '../../src/common/lang'

export type Cell = string | number | null
export interface Sheet {
  name: string
  rows: Cell[][]
}

const L = {
  'zh-CN': {
    about: '说明',
    scope: '范围',
    asOf: '数据时间',
    range: '日期',
    privacy: '少于5人的数字显示为 <5；可以推算出它的数字显示为 hidden。不含任何个人信息。',
    learning: '学习',
    funnel: '每课学完人数',
    weekly: '每周学习人数',
    firstTry: '首次通过率',
    hardest: '最难的题',
    outcomes: '课前课后',
    workplace: '工作看法',
    seasons: '托管班',
    attendance: '每日出勤',
    ages: '孩子年龄',
    connection: '通话和通知',
    factories: '各工厂',
    h: {
      figure: '指标', value: '数值', module: '单元', session: '课', people: '人数', share: '比例', week: '周（周一）', tries: '首次作答人数', rate: '通过率',
      question: '题目', answers: '作答次数', wrong: '答错比例', item: '题目', reversed: '反向题', nBefore: '课前人数', before: '课前平均', nAfter: '课后人数', after: '课后平均',
      nPaired: '两次都答人数', pBefore: '同一人课前', pAfter: '同一人课后', change: '变化', ciLow: '95%下限', ciHigh: '95%上限', all: '全部', used: '孩子上过托管', notUsed: '孩子没上托管',
      season: '托管班', start: '开始', end: '结束', capacity: '名额', confirmed: '已确认', waitlisted: '候补', offers: '补位', accepted: '接受补位', expired: '补位过期', refused: '拒绝接走',
      date: '日期', present: '到场孩子', band: '年龄段', children: '孩子数', factory: '工厂', started: '开始学习', course: '学完课程', agreeBefore: '核心题同意（课前）', agreeAfter: '核心题同意（课后）', attendanceRate: '出勤率', read: '通知已读'
    },
    f: { started: '开始学习的人', course: '学完全部课程', certificates: '学完单元', medianDays: '学完单元天数中位数', calls: '计划的通话', callers: '安排通话的人', good: '通话：好', okay: '通话：一般', hard: '通话：不太好', sent: '发出的通知', recipients: '收到通知的人', readRate: '通知已读比例', medianHours: '读到通知小时数中位数', practices: '选了的小练习', practicePeople: '选了练习的人', checkIns: '回答“试了吗”的次数', triedShare: '回答的人里试过的比例' }
  },
  en: {
    about: 'About',
    scope: 'Scope',
    asOf: 'Figures as of',
    range: 'Dates',
    privacy: 'Figures from fewer than 5 people show as <5; a figure that would give one away shows as hidden. No personal data.',
    learning: 'Learning',
    funnel: 'Sessions finished',
    weekly: 'Weekly learners',
    firstTry: 'First-try pass',
    hardest: 'Hardest questions',
    outcomes: 'Before-after',
    workplace: 'Workplace',
    seasons: 'Spaces',
    attendance: 'Attendance by day',
    ages: 'Ages',
    connection: 'Calls and notices',
    factories: 'Factories',
    h: {
      figure: 'figure', value: 'value', module: 'module', session: 'session', people: 'people', share: 'share', week: 'week (Monday)', tries: 'first tries', rate: 'pass rate',
      question: 'question', answers: 'answers', wrong: 'wrong share', item: 'statement', reversed: 'reversed', nBefore: 'n before', before: 'mean before', nAfter: 'n after', after: 'mean after',
      nPaired: 'n both', pBefore: 'paired before', pAfter: 'paired after', change: 'change', ciLow: '95% low', ciHigh: '95% high', all: 'all', used: 'child used space', notUsed: 'child did not',
      season: 'space', start: 'start', end: 'end', capacity: 'capacity', confirmed: 'confirmed', waitlisted: 'waitlisted', offers: 'offers made', accepted: 'offers accepted', expired: 'offers expired', refused: 'refused pickups',
      date: 'date', present: 'children present', band: 'age band', children: 'children', factory: 'factory', started: 'started', course: 'finished course', agreeBefore: 'headline agree before', agreeAfter: 'headline agree after', attendanceRate: 'attendance', read: 'notices read'
    },
    f: { started: 'Started the course', course: 'Finished the whole course', certificates: 'Finished module', medianDays: 'Median days to finish module', calls: 'Calls planned', callers: 'People planning calls', good: 'Calls: went well', okay: 'Calls: okay', hard: 'Calls: hard', sent: 'Notices sent', recipients: 'Notice recipients', readRate: 'Notice read share', medianHours: 'Median hours to read', practices: 'Weekly practices taken on', practicePeople: 'People who took one on', checkIns: '"Did you try it?" answers', triedShare: 'Of those who answered, share who tried' }
  }
} as const

export function dashboardSheets(d: Dashboard, lang: Lang): Sheet[] {
  const t = L[lang]
  const h = t.h
  const l = d.learning
  const o = d.outcomes
  const sheets: Sheet[] = [
    {
      name: t.about,
      rows: [
        [t.scope, d.scope.name[lang]],
        [t.asOf, d.asOf],
        [t.range, `${d.range.from ?? '…'} – ${d.range.to}`],
        [t.privacy, null]
      ]
    },
    {
      name: t.learning,
      rows: [
        [h.figure, h.module, h.value],
        [t.f.started, null, l.started],
        [t.f.course, null, l.courseCertificates],
        ...l.modules.flatMap((m) => [
          [t.f.certificates, m.module, m.certificates],
          [t.f.medianDays, m.module, m.medianDaysToFinish]
        ]),
        [t.f.practices, null, l.practice.commitments],
        [t.f.practicePeople, null, l.practice.committers],
        [t.f.checkIns, null, l.practice.checkIns],
        [t.f.triedShare, null, l.practice.triedShare]
      ]
    },
    { name: t.funnel, rows: [[h.module, h.session, h.people, h.share], ...l.modules.flatMap((m) => m.funnel.map((s) => [m.module, s.id, s.people, s.ofStarted]))] },
    { name: t.weekly, rows: [[h.week, h.people], ...l.weeklyActive.map((w) => [w.week, w.learners])] },
    { name: t.firstTry, rows: [[h.session, h.tries, h.rate], ...l.firstTryPassRate.map((s) => [s.sessionId, s.firstTries, s.passRate])] },
    { name: t.hardest, rows: [[h.session, h.question, h.answers, h.wrong], ...l.hardestQuestions.map((q) => [q.sessionId, q.text?.[lang] ?? q.questionId, q.answers, q.wrongRate])] },
    {
      name: t.outcomes,
      rows: [
        [h.item, h.reversed, h.nBefore, h.before, h.nAfter, h.after, h.nPaired, h.pBefore, h.pAfter, h.change, h.ciLow, h.ciHigh],
        ...o.items.map((i) => [i.text[lang], i.reversed ? 1 : 0, i.before.n, i.before.mean, i.after.n, i.after.mean, i.paired.n, i.paired.meanBefore, i.paired.meanAfter, i.paired.change, i.paired.ci95?.[0] ?? null, i.paired.ci95?.[1] ?? null])
      ]
    },
    {
      name: t.workplace,
      rows: [
        [h.item, `${h.all}: ${h.nPaired}`, `${h.all}: ${h.change}`, `${h.used}: ${h.nPaired}`, `${h.used}: ${h.change}`, `${h.notUsed}: ${h.nPaired}`, `${h.notUsed}: ${h.change}`],
        ...o.workplace.map((w) => [w.text?.[lang] ?? w.id, w.all.n, w.all.change, w.childUsedSpace.n, w.childUsedSpace.change, w.childDidNotUseSpace.n, w.childDidNotUseSpace.change])
      ]
    },
    {
      name: t.seasons,
      rows: [
        [h.season, h.start, h.end, h.capacity, h.confirmed, h.waitlisted, h.offers, h.accepted, h.expired, h.refused],
        ...d.seasons.map((s) => [s.name, s.startDate, s.endDate, s.capacity, s.confirmed, s.waitlisted, s.offers.made, s.offers.accepted, s.offers.expired, s.refusedPickups])
      ]
    },
    { name: t.attendance, rows: [[h.season, h.date, h.present, h.share], ...d.seasons.flatMap((s) => s.attendanceByDay.map((a) => [s.name, a.date, a.present, a.rate]))] },
    { name: t.ages, rows: [[h.season, h.band, h.children], ...d.seasons.flatMap((s) => s.childrenByAge.map((b) => [s.name, b.band, b.children]))] },
    {
      name: t.connection,
      rows: [
        [h.figure, h.value],
        [t.f.calls, d.connection.callsPlanned],
        [t.f.callers, d.connection.callers],
        [t.f.good, d.connection.feedback.good],
        [t.f.okay, d.connection.feedback.okay],
        [t.f.hard, d.connection.feedback.hard],
        [t.f.sent, d.connection.notices.sent],
        [t.f.recipients, d.connection.notices.recipients],
        [t.f.readRate, d.connection.notices.readRate],
        [t.f.medianHours, d.connection.notices.medianHoursToRead]
      ]
    }
  ]
  if (d.factories.length) {
    sheets.push({
      name: t.factories,
      rows: [
        [h.factory, h.started, h.course, h.agreeBefore, h.agreeAfter, h.children, h.attendanceRate, h.read],
        ...d.factories.map((f) => [f.name[lang], f.started, f.courseCertificates, f.headlineAgreeBefore, f.headlineAgreeAfter, f.confirmedChildren, f.attendanceRate, f.noticeReadRate])
      ]
    })
  }
  return sheets
}
