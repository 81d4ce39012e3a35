// Bench scenario "reminders": an HR notice to RECIPIENTS workers (30 % of them
// with a subscribe-message credit), fanned out by the real scheduler function
// with its real config (60 s timeout) fired back to back as its timer would.
// Reports fan-out throughput, database requests per recipient, how many
// invocations it took and the longest one (must stay under the time limit),
// and the exactly-once figures (deliveries, inbox lines, pushes per person).
import fs from 'fs'
import os from 'os'
import path from 'path'

export const name = 'remindersNoticeFanout'

const RECIPIENTS = Number(process.env.BENCH_NOTICE_RECIPIENTS || 10_000)
const CREDIT_SHARE = 0.3
const FACTORY = 'bench-factory'
const HR = 'bench-hr'
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d

function seed(cloud) {
  const now = new Date()
  const writes = [
    { coll: 'factories', id: FACTORY, doc: { _id: FACTORY, name: { 'zh-CN': '压测厂', en: 'Bench' }, inviteCode: 'BENCH001', createdAt: now } },
    { coll: 'users', id: HR, doc: { _id: HR, displayName: 'HR', language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'hr' }], createdAt: now, updatedAt: now } }
  ]
  for (let i = 0; i < RECIPIENTS; i++) {
    const openid = `bw${String(i).padStart(6, '0')}`
    writes.push({ coll: 'users', id: openid, doc: { _id: openid, displayName: openid, language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'worker' }], createdAt: now, updatedAt: now } })
    if (i % 10 < CREDIT_SHARE * 10) {
      const id = `${openid}:TPL_NOTICE`
      writes.push({ coll: 'subscribe_credits', id, doc: { _id: id, openid, templateId: 'TPL_NOTICE', kind: 'notice', credit: 1, updatedAt: now } })
    }
  }
  cloud.store.commit(writes)
}

export async function run({ startLocalCloud }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-bench-reminders-'))
  const cloud = await startLocalCloud({ dataDir })
  try {
    seed(cloud)
    const created = await cloud.invoke(
      'api',
      {
        action: 'notices.create',
        payload: { factoryId: FACTORY, requestId: 'bench-notice-1', title: '高温预警', body: '明天气温38度，请注意防暑。', audience: { type: 'factory_workers' }, sendAt: new Date(Date.now() + 60_000).toISOString() }
      },
      { openid: HR, source: 'wx_client' }
    )
    if (!created.ok || !created.result?.ok) throw new Error(`bench notice not created: ${JSON.stringify(created.result ?? created.error)}`)
    const noticeId = created.result.data.notice.id
    const job = cloud.store.docs('jobs').find((j) => j.payload?.noticeId === noticeId)
    cloud.store.commit([{ coll: 'jobs', id: job._id, doc: { ...job, runAt: new Date(Date.now() - 1000) } }])

    const limitMs = (cloud.host.definition('scheduler')?.config.timeout ?? 60) * 1000
    const firstInvocation = cloud.stats.invocations.length
    const dbBefore = cloud.stats.dbRequests
    const t0 = performance.now()
    let invocations = 0
    while (cloud.store.get('notices', noticeId).doc.status !== 'sent' && invocations < 50) {
      const rec = await cloud.invoke('scheduler', { Type: 'Timer', TriggerName: 'every-minute' }, { source: 'wx_trigger', timer: { name: 'every-minute' } })
      if (!rec.ok) throw new Error(`scheduler run failed: ${rec.error?.errMsg}`)
      invocations++
    }
    const wallMs = performance.now() - t0
    const dbRequests = cloud.stats.dbRequests - dbBefore
    const runs = cloud.stats.invocations.slice(firstInvocation).filter((i) => i.functionName === 'scheduler')
    const longestMs = Math.max(...runs.map((r) => r.durationMs))

    const deliveries = cloud.store.docs('deliveries').filter((d) => d.noticeId === noticeId)
    const inbox = cloud.store.docs('notifications').filter((n) => n.params?.noticeId === noticeId)
    const perUser = new Map()
    for (const m of cloud.outbox.list()) perUser.set(m.touser, (perUser.get(m.touser) ?? 0) + 1)
    const json = {
      recipients: RECIPIENTS,
      withCredit: Math.round(RECIPIENTS * CREDIT_SHARE),
      status: cloud.store.get('notices', noticeId).doc.status,
      deliveries: deliveries.length,
      distinctDeliveries: new Set(deliveries.map((d) => d.openid)).size,
      inboxLines: inbox.length,
      pushes: cloud.outbox.list().length,
      maxPushesPerPerson: Math.max(0, ...perUser.values()),
      invocations,
      functionTimeoutMs: limitMs,
      longestInvocationMs: round(longestMs),
      wallMs: round(wallMs),
      recipientsPerSecond: round(RECIPIENTS / (wallMs / 1000)),
      dbRequestsPerRecipient: round(dbRequests / RECIPIENTS, 2),
      dbRequestsPerInvocation: runs.map((r) => r.dbRequests)
    }
    const exact = json.distinctDeliveries === RECIPIENTS && json.deliveries === RECIPIENTS && json.inboxLines === RECIPIENTS && json.maxPushesPerPerson <= 1
    const rows = [
      ['notice fan-out: recipients (with credit)', `${RECIPIENTS} (${json.withCredit})`, `status ${json.status}`],
      ['notice fan-out: throughput', `${json.recipientsPerSecond} recipients/s`, `wall ${round(wallMs / 1000)} s`],
      ['notice fan-out: scheduler invocations', String(invocations), `longest ${round(longestMs / 1000)} s of ${limitMs / 1000} s limit`],
      ['notice fan-out: db requests per recipient', String(json.dbRequestsPerRecipient), '3 per pushed recipient, ~0.1 otherwise'],
      ['notice fan-out: deliveries / inbox / pushes', `${json.deliveries} / ${json.inboxLines} / ${json.pushes}`, exact ? 'one each, ≤ 1 push ✓' : 'NOT exactly once ✗']
    ]
    return { json, rows }
  } finally {
    await cloud.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
