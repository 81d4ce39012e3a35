// A dashboard as insights.factory answers it (figures already suppressed), for the simulate test.
const paired = (b, a, n) => ({ n, meanBefore: b, meanAfter: a, change: typeof a === 'number' ? Math.round((a - b) * 100) / 100 : a, ci95: null })

function dashboard() {
  const funnel = (m) => Array.from({ length: 10 }, (_, i) => ({ id: `m${m}-s${String(i + 1).padStart(2, '0')}`, people: i < 6 ? 40 - i * 4 : '<5', ofStarted: i < 6 ? (40 - i * 4) / 50 : '<5' }))
  return {
    scope: { kind: 'factory', id: 'demo-factory', name: { 'zh-CN': '华南电子厂（演示）', en: 'South China Electronics (demo)' } },
    range: { from: null, to: '2026-11-30' },
    generatedAt: '2026-11-30T10:00:00.000Z',
    asOf: '2026-11-30T10:00:00.000Z',
    minCell: 5,
    pending: [],
    learning: {
      started: 50,
      courseCertificates: 12,
      modules: [1, 2, 3].map((m) => ({ module: m, certificates: m === 3 ? '<5' : 20, medianDaysToFinish: 9.5, funnel: funnel(m) })),
      weeklyActive: [{ week: '2026-11-16', learners: 21 }, { week: '2026-11-23', learners: '<5' }],
      firstTryPassRate: [{ sessionId: 'm1-s01', firstTries: 40, passRate: 0.8 }],
      hardestQuestions: [{ sessionId: 'm1-s01', questionId: 'q1', text: { 'zh-CN': '孩子哭了怎么办？', en: 'What if the child cries?' }, answers: 44, wrongRate: 0.5 }],
      practice: { commitments: 31, committers: 14, checkIns: 22, triedShare: 0.75 }
    },
    outcomes: {
      surveyVersion: 1,
      respondents: { before: 40, after: 14, both: 12 },
      items: [
        { id: 's1-confidence', text: { 'zh-CN': '我相信我能教育好孩子。', en: 'I can raise my child well.' }, reversed: false, before: { n: 40, mean: 2.6 }, after: { n: 14, mean: 3.7 }, paired: paired(2.58, 3.67, 12) },
        { id: 's2-needs', text: { 'zh-CN': '我知道孩子需要什么。', en: 'I know what my child needs.' }, reversed: false, before: { n: 40, mean: 2.9 }, after: { n: '<5', mean: '<5' }, paired: paired('<5', '<5', '<5') }
      ],
      headline: { itemId: 's1-confidence', text: { 'zh-CN': '我相信我能教育好孩子。', en: 'I can raise my child well.' }, before: { n: 40, agree: 0.2 }, after: { n: 14, agree: 0.64 } },
      workplace: []
    },
    seasons: [
      {
        spaceId: 'demo-space-past', factoryId: 'demo-factory', name: '2026 暑期爱心托管班（往期）', startDate: '2026-10-21', endDate: '2026-11-18', status: 'closed', capacity: 24,
        confirmed: 24, waitlisted: '<5', offers: { made: '<5', accepted: '<5', expired: '<5' },
        attendanceByDay: [{ date: '2026-10-21', present: 20, rate: 0.83 }, { date: '2026-10-22', present: 18, rate: 0.75 }],
        childrenByAge: [{ band: '0-2', children: 0 }, { band: '3-5', children: 9 }, { band: '6-11', children: 12 }, { band: '12-17', children: '<5' }],
        refusedPickups: '<5'
      }
    ],
    connection: { callsPlanned: 80, callers: 30, feedback: { good: 40, okay: 20, hard: '<5' }, notices: { sent: 2, recipients: 120, readRate: 0.78, medianHoursToRead: 6 } },
    factories: []
  }
}

module.exports = { dashboard }
