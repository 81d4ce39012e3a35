// XLSX exports made in the cloud, stored in the local cloud's storage, read back here.
import ExcelJS from 'exceljs'
import { insightsHistory, builtCourse } from '../../localcloud/history/insights-history'
import { REPO_ROOT } from '../../localcloud/paths'
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'

let cloud: LocalCloud
const course = builtCourse(REPO_ROOT)

async function readBack(url: string) {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('spreadsheetml')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any)
  return wb
}

const values = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = []
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)))
  return out
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.store.commit([
    ...insightsHistory({
      factoryId: 'demo-factory',
      workers: 60,
      openidPrefix: 'x-w',
      course,
      surveyVersion: course.survey!.version,
      surveyItems: course.survey!.statements.map((s) => s.id),
      seed: 7,
      names: true,
      practice: true,
      season: { spaceId: 'past-space', staffOpenid: 'demo-staff', hrOpenid: 'demo-hr' }
    })
  ])
})
afterAll(() => cloud?.close())

test('HR exports the factory dashboard as an XLSX whose tables match the dashboard', async () => {
  const dash = await callApi(cloud, 'demo-hr', 'insights.factory', { factoryId: 'demo-factory' })
  if (!dash.ok) throw new Error(JSON.stringify(dash.error))
  const res = await callApi(cloud, 'demo-hr', 'insights.export', { factoryId: 'demo-factory' })
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  expect(res.data.fileName).toMatch(/^insights-demo-factory-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.xlsx$/)
  expect(Date.parse(res.data.expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000)
  const wb = await readBack(res.data.url)
  const names = wb.worksheets.map((w) => w.name)
  expect(names).toEqual(expect.arrayContaining(['说明', '学习', '每课学完人数', '课前课后', '托管班', '每日出勤', '通话和通知']))
  const outcomes = values(wb.getWorksheet('课前课后')!)
  const first = dash.data.outcomes.items[0]
  const row = outcomes.find((r) => r[0] === first.text['zh-CN'])!
  expect(row[9]).toBe(first.paired.change)
  expect(row[6]).toBe(first.paired.n)
  const learning = values(wb.getWorksheet('学习')!)
  expect(learning.find((r) => r[0] === '选了的小练习')![2]).toBe(dash.data.learning.practice.commitments)
  expect(learning.find((r) => r[0] === '回答的人里试过的比例')![2]).toBe(dash.data.learning.practice.triedShare)
  expect(typeof dash.data.learning.practice.triedShare).toBe('number')
  const funnel = values(wb.getWorksheet('每课学完人数')!)
  expect(funnel.length).toBe(31)
  expect(funnel.some((r) => r.includes('<5') || r.every((c) => c !== '<5'))).toBe(true)
  // audited, and the file goes a day later
  const log = cloud.store.docs('export_log')
  expect(log).toHaveLength(1)
  expect(log[0]).toMatchObject({ actorOpenid: 'demo-hr', kind: 'insights', scope: { kind: 'factory', id: 'demo-factory' }, fileID: res.data.fileID })
  expect(cloud.store.docs('jobs').some((j) => j.kind === 'exports.delete' && (j.payload as { fileID: string }).fileID === res.data.fileID)).toBe(true)
})

test('HR exports a roster as an XLSX (child reads audited); others cannot', async () => {
  const res = await callApi(cloud, 'demo-hr', 'roster.export', { spaceId: 'past-space' })
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  const wb = await readBack(res.data.url)
  const rows = values(wb.worksheets[0])
  expect(rows[0][1]).toBe('孩子')
  expect(rows.length).toBe(25) // header + 24 confirmed
  expect(rows.slice(1).every((r) => r[0] === 'confirmed')).toBe(true)
  expect(cloud.store.docs('audit_log').some((a) => a.action === 'registrations.roster' && a.spaceId === 'past-space')).toBe(true)
  expect(cloud.store.docs('export_log').some((e) => e.kind === 'roster' && (e.scope as { id: string }).id === 'past-space')).toBe(true)

  for (const who of ['demo-worker', 'demo-staff']) {
    const no = await callApi(cloud, who, 'roster.export', { spaceId: 'past-space' })
    expect(no.ok ? 'ok' : no.error.code).toBe('FORBIDDEN')
    const no2 = await callApi(cloud, who, 'insights.export', { factoryId: 'demo-factory' })
    expect(no2.ok ? 'ok' : no2.error.code).toBe('FORBIDDEN')
  }
})

test('the exports function refuses calls from the app', async () => {
  const rec = await cloud.invoke('exports', { cloudPath: 'exports/x/y.xlsx', sheets: [{ name: 'a', rows: [['x']] }] }, { openid: 'demo-hr', source: 'wx_client' })
  expect(rec.ok && (rec.result as { ok: boolean }).ok).toBe(false)
})
