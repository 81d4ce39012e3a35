// Bench scenario `insights`: a program of 50 factories with 25,000 workers and their learning
// records (progress, quiz attempts, before/after surveys), written straight into the store.
// Reports the rollup refresh (the scheduler job, off the request path) and then the database
// requests and latency of opening insights.program and insights.factory (from the rollups),
// and of one explicit-range factory view (computed from the records).
// BENCH_INSIGHTS_WORKERS makes it smaller (e.g. 2500 for a quick look).
import fs from 'fs'
import os from 'os'
import path from 'path'

export const name = 'insights'

const FACTORIES = 50
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const round = (n) => Math.round(n)

export async function run({ startLocalCloud, rel }) {
  const { insightsHistory, builtCourse } = await import(rel('build/localcloud/index.js')).then((m) => m.default ?? m)
  const workers = Number(process.env.BENCH_INSIGHTS_WORKERS ?? 25_000)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-bench-insights-'))
  const cloud = await startLocalCloud({ dataDir })
  try {
    const course = builtCourse(rel('.'))
    const now = new Date()
    const factoryIds = Array.from({ length: FACTORIES }, (_, i) => `bench-f${String(i).padStart(2, '0')}`)
    const t0 = performance.now()
    let records = 0
    const perFactory = Math.round(workers / FACTORIES)
    factoryIds.forEach((f, i) => {
      const writes = [
        { coll: 'factories', id: f, doc: { _id: f, name: { 'zh-CN': `工厂${i}`, en: `Factory ${i}` }, inviteCode: `BENCH${i}X`, createdAt: now } },
        ...insightsHistory({
          factoryId: f,
          workers: perFactory,
          openidPrefix: `${f}-w`,
          course,
          surveyVersion: course.survey.version,
          surveyItems: course.survey.statements.map((s) => s.id),
          seed: 1000 + i,
          now,
          notices: 1,
          season: i % 5 === 0 ? { spaceId: `${f}-space`, staffOpenid: `${f}-staff`, hrOpenid: `${f}-hr` } : undefined
        })
      ]
      records += writes.length
      cloud.store.commit(writes)
    })
    cloud.store.commit([
      { coll: 'programs', id: 'bench-program', doc: { _id: 'bench-program', name: { 'zh-CN': '基准项目', en: 'Bench program' }, factoryIds, officerOpenids: ['bench-officer'], createdAt: now } },
      { coll: 'users', id: 'bench-officer', doc: { _id: 'bench-officer', displayName: '', language: 'zh-CN', roles: [], createdAt: now, updatedAt: now } },
      { coll: 'users', id: 'bench-hr', doc: { _id: 'bench-hr', displayName: '', language: 'zh-CN', roles: [{ factoryId: factoryIds[0], role: 'hr' }], createdAt: now, updatedAt: now } },
      // the refresh job, due now (as an opened dashboard enqueues it)
      { coll: 'jobs', id: 'bench-rollup', doc: { _id: 'bench-rollup', key: 'insights.rollup:bench', kind: 'insights.rollup', status: 'pending', runAt: now, attempts: 0, payload: { factoryIds } } }
    ])
    const seedMs = performance.now() - t0
    const count = (c) => cloud.store.docs(c).length

    // the job works through the factories a few at a time; each scheduler run continues it
    let refreshMs = 0
    let refreshRequests = 0
    let runs = 0
    let retries = 0
    for (let job; (job = cloud.store.get('jobs', 'bench-rollup')?.doc)?.status !== 'done'; ) {
      if (runs > 80 || job?.status === 'failed') throw new Error(`rollup refresh did not finish: ${JSON.stringify(job)}`)
      if (job.lastError && new Date(job.runAt) > new Date()) {
        // a pass failed (e.g. a request timed out on a busy machine): the next run after its backoff retries it
        retries++
        cloud.store.commit([{ coll: 'jobs', id: job._id, doc: { ...job, runAt: new Date(), lastError: null } }])
      }
      const t = performance.now()
      const refresh = await cloud.invoke('scheduler', {}, { source: 'wx_trigger' })
      refreshMs += performance.now() - t
      if (!refresh.ok) throw new Error(`scheduler run failed: ${JSON.stringify(refresh.error)}`)
      refreshRequests += cloud.stats.invocations.at(-1).dbRequests
      runs++
    }

    const open = async (openid, action, payload, n) => {
      const times = []
      let dbRequests = 0
      let bytes = 0
      for (let i = 0; i < n; i++) {
        const t = performance.now()
        const rec = await cloud.invoke('api', { action, payload }, { openid, source: 'wx_client' })
        times.push(performance.now() - t)
        if (!rec.ok || !rec.result.ok) throw new Error(`${action} failed: ${JSON.stringify(rec.error ?? rec.result.error)}`)
        if (rec.result.data.pending.length) throw new Error(`${action}: factories still pending`)
        dbRequests = cloud.stats.invocations.at(-1).dbRequests
        bytes = JSON.stringify(rec.result.data).length
      }
      times.sort((a, b) => a - b)
      return { p50Ms: round(pct(times, 50)), p95Ms: round(pct(times, 95)), dbRequests, responseKB: Math.round(bytes / 102.4) / 10 }
    }
    const program = await open('bench-officer', 'insights.program', {}, 10)
    const factory = await open('bench-hr', 'insights.factory', { factoryId: factoryIds[0] }, 10)
    // computed from the records: its time grows with them (reported, not required to fit)
    const liveFactory = await open('bench-hr', 'insights.factory', { factoryId: factoryIds[0], from: '2020-01-01' }, 1).catch((e) => ({ error: String(e.message).slice(0, 200) }))

    const json = {
      factories: FACTORIES,
      workers: perFactory * FACTORIES,
      records: {
        learning_progress: count('learning_progress'),
        learning_quiz_results: count('learning_quiz_results'),
        learning_surveys: count('learning_surveys'),
        total: records
      },
      seedMs: round(seedMs),
      rollupRefresh: { ms: round(refreshMs), schedulerRuns: runs, retriedPasses: retries, dbRequests: refreshRequests, note: 'scheduler job insights.rollup for all 50 factories, 2 per pass, off the request path' },
      'insights.program': program,
      'insights.factory': factory,
      'insights.factory (explicit range, from the records)': liveFactory
    }
    const rows = [
      ['insights: program size', `${json.factories} factories, ${json.workers} workers`, `${records} records`],
      ['insights: rollup refresh (job)', `${json.rollupRefresh.ms} ms`, `${runs} scheduler runs, ${refreshRequests} db requests, off the request path`],
      ['insights.program open p50/p95', `${program.p50Ms} / ${program.p95Ms} ms`, `${program.dbRequests} db requests, ${program.responseKB} KB`],
      ['insights.factory open p50/p95', `${factory.p50Ms} / ${factory.p95Ms} ms`, `${factory.dbRequests} db requests, ${factory.responseKB} KB`],
      ['insights.factory explicit range', liveFactory.error ? 'failed' : `${liveFactory.p50Ms} ms`, liveFactory.error ?? `${liveFactory.dbRequests} db requests (aggregations over the records)`]
    ]
    return { json, rows }
  } finally {
    await cloud.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
