// A notice to 1,000 workers with the function host killed in the middle of the
// fan-out: after the lease runs out, later scheduler runs (two at a time) finish
// it, and every recipient ends with exactly one inbox line and one delivery, and
// at most one WeChat message — exactly one for those who had credit and were sent.
import fs from 'fs'
import path from 'path'
import type { LocalCloud } from '../../localcloud/server'
import { FUNCTIONS_DIR, REPO_ROOT } from '../../localcloud/paths'
import { startTestCloud } from './harness'
import { ok, tick } from './spaces-fixtures'
import { DEFAULT_FANOUT_CONCURRENCY } from '../../server/reminders/fanout'

const FACTORY = 'fan-factory'
const HR = 'fan-hr'
const N = 1000
const WITH_CREDIT = 300
const SCHEDULER_TIMEOUT_S = 8

/** The scheduler with a short timeout (so its lease runs out quickly), in a functions folder of its own. */
function shortTimeoutScheduler(): string {
  const dir = path.join(REPO_ROOT, 'build', 'test-functions', 'reminders-fanout')
  const fn = path.join(dir, 'scheduler')
  fs.mkdirSync(fn, { recursive: true })
  fs.copyFileSync(path.join(FUNCTIONS_DIR, 'scheduler', 'index.js'), path.join(fn, 'index.js'))
  const config = JSON.parse(fs.readFileSync(path.join(FUNCTIONS_DIR, 'scheduler', 'config.json'), 'utf8'))
  fs.writeFileSync(path.join(fn, 'config.json'), JSON.stringify({ ...config, timeout: SCHEDULER_TIMEOUT_S, triggers: [] }))
  return dir
}

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ functionsDirs: [FUNCTIONS_DIR, shortTimeoutScheduler()] })
  const now = new Date()
  const writes: { coll: string; id: string; doc: Record<string, unknown> }[] = [
    { coll: 'factories', id: FACTORY, doc: { _id: FACTORY, name: { 'zh-CN': '扇出厂', en: 'Fan-out' }, inviteCode: 'FANOUT01', createdAt: now } },
    { coll: 'users', id: HR, doc: { _id: HR, displayName: '人事', language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'hr' }], createdAt: now, updatedAt: now } }
  ]
  for (let i = 0; i < N; i++) {
    const openid = `fw${String(i).padStart(4, '0')}`
    writes.push({ coll: 'users', id: openid, doc: { _id: openid, displayName: openid, language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'worker' }], createdAt: now, updatedAt: now } })
    if (i % 10 < (WITH_CREDIT * 10) / N) {
      writes.push({ coll: 'subscribe_credits', id: `${openid}:TPL_NOTICE`, doc: { _id: `${openid}:TPL_NOTICE`, openid, templateId: 'TPL_NOTICE', kind: 'notice', credit: 1, updatedAt: now } })
    }
  }
  cloud.store.commit(writes)
}, 30_000)
afterAll(async () => {
  await cloud?.close()
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function killSchedulerInstances(): number {
  const pools = (cloud.host as unknown as { pools: Map<string, { child: { kill: (s: string) => void } }[]> }).pools
  const list = pools.get('scheduler') ?? []
  list.forEach((i) => i.child.kill('SIGKILL'))
  return list.length
}

test('1,000 recipients, host killed mid-fan-out: exactly one delivery each, at most one push', async () => {
  const credited = cloud.store.docs('subscribe_credits').length
  expect(credited).toBe(WITH_CREDIT)
  // scheduled a minute ahead (so nothing is delivered inline), then made due
  const { notice } = await ok(cloud, HR, 'notices.create', {
    factoryId: FACTORY,
    requestId: 'fanout-crash-1',
    title: '下周一起换班',
    body: '下周一起白班改为早7点开始。',
    audience: { type: 'factory_workers' },
    sendAt: new Date(Date.now() + 60_000).toISOString()
  })
  expect(notice.status).toBe('scheduled')
  const job = cloud.store.docs('jobs').find((j: any) => j.payload?.noticeId === notice.id) as any
  cloud.store.commit([{ coll: 'jobs', id: job._id, doc: { ...job, runAt: new Date(Date.now() - 1000) } }])

  // first run: killed once some pushes went out (in the middle of a batch)
  const first = tick(cloud)
  const t0 = Date.now()
  while (cloud.outbox.list().length < 40 && Date.now() - t0 < 20_000) await sleep(5)
  expect(killSchedulerInstances()).toBeGreaterThan(0)
  const crashed = await first
  expect(crashed.ok).toBe(false)
  const deliveredAtCrash = cloud.store.docs('deliveries').length
  expect(deliveredAtCrash).toBeGreaterThan(0)
  expect(deliveredAtCrash).toBeLessThan(N)

  // the job stays leased until the dead run's time limit is certainly over; runs before that leave it alone
  const leased = cloud.store.get('jobs', job._id)!.doc as any
  expect(leased.status).toBe('running')
  const early = await tick(cloud)
  expect(early.ok && (early.result as any).done + (early.result as any).continued).toBe(0)
  await sleep(Math.max(0, new Date(leased.leaseUntil).getTime() - Date.now() + 50))

  // later runs, two at a time (a timer firing while the previous run is still going)
  let runs = 0
  while ((cloud.store.get('notices', notice.id)!.doc as any).status !== 'sent' && runs < 20) {
    const results = await Promise.all([tick(cloud), tick(cloud)])
    runs += 2
    for (const r of results) expect(r.ok).toBe(true)
  }
  expect((cloud.store.get('notices', notice.id)!.doc as any).status).toBe('sent')

  const deliveries = cloud.store.docs('deliveries').filter((d: any) => d.noticeId === notice.id) as any[]
  const inbox = cloud.store.docs('notifications').filter((n: any) => n.kind === 'notice' && n.params.noticeId === notice.id) as any[]
  const perUser = (list: any[]) => list.reduce((m: Map<string, number>, x: any) => m.set(x.openid ?? x.touser, (m.get(x.openid ?? x.touser) ?? 0) + 1), new Map())
  expect(deliveries).toHaveLength(N)
  expect(new Set(deliveries.map((d) => d.openid)).size).toBe(N)
  expect(inbox).toHaveLength(N)
  expect(new Set(inbox.map((n) => n.openid)).size).toBe(N)

  const pushes = perUser(cloud.outbox.list())
  expect(Math.max(...pushes.values())).toBe(1) // never two messages to one person
  for (const d of deliveries) {
    if (d.push === 'sent') expect(pushes.get(d.openid)).toBe(1)
    if (d.push === 'no_credit' || d.push === 'pending') expect(pushes.get(d.openid)).toBeUndefined()
  }
  // only people with credit were pushed; at most the pushes in flight at the crash (the fan-out's
  // bounded concurrency) are unaccounted for
  const withCredit = new Set(cloud.store.docs('subscribe_credits').map((c: any) => c.openid))
  for (const touser of pushes.keys()) expect(withCredit.has(touser)).toBe(true)
  const sending = deliveries.filter((d) => d.push === 'sending').length
  expect(sending).toBeLessThanOrEqual(DEFAULT_FANOUT_CONCURRENCY)
  expect(pushes.size).toBeGreaterThanOrEqual(WITH_CREDIT - sending)
  expect(deliveries.filter((d) => d.push === 'no_credit')).toHaveLength(N - WITH_CREDIT)
  const credits = cloud.store.docs('subscribe_credits') as any[]
  // every credit was used, except one claimed by the run that died before taking it
  expect(credits.reduce((sum, c) => sum + c.credit, 0)).toBeLessThanOrEqual(sending)

  const report = await ok(cloud, HR, 'notices.report', { id: notice.id })
  expect(report.notice.counts).toMatchObject({ recipients: N, noCredit: N - WITH_CREDIT, read: 0 })
  expect(report.notice.counts.pushed).toBe(WITH_CREDIT)
  expect(report.notReadTotal).toBe(N)
  expect(report.notRead).toHaveLength(200)
}, 60_000)
