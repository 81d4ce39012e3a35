// The impact dashboard on the H5 build against the local cloud with the demo history: HR opens
// it from 暑期托管, sees the before/after change the seed produces (the same figures the action
// gives), charts drawn on canvases, and downloads the XLSX, which holds the same change.
import fs from 'fs'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { callApi } from '../cloud/harness'
import { openAs, type E2E, startE2EForFile } from './harness'

let e2e: E2E
let page: Page

startE2EForFile((e, p) => {
  e2e = e
  page = p
}, { seedHistory: true })

test('HR opens the dashboard, sees the before/after change and downloads the XLSX', async () => {
  const api = await callApi(e2e.cloud, 'demo-hr', 'insights.factory', { factoryId: 'demo-factory' })
  if (!api.ok) throw new Error(JSON.stringify(api.error))
  const item = api.data.outcomes.items[0]
  expect(typeof item.paired.change).toBe('number')
  const change = `${item.paired.change > 0 ? '+' : ''}${item.paired.change.toFixed(2)}`

  await openAs(page, e2e.cloud.url, 'demo-hr', '/#/pages/spaces/index')
  await page.locator('.spaces-home__entry--factory').click()

  await page.getByText('课前课后的变化').waitFor({ timeout: 15000 })
  const headline = page.locator('.ins-headline')
  await expect(headline.textContent()).resolves.toContain('课前')
  const outcomes = page.locator('.ins-table--outcomes')
  await expect(outcomes.textContent()).resolves.toContain(change)
  await expect(outcomes.textContent()).resolves.toContain(item.text['zh-CN'])
  // charts: ECharts draws into canvases in the chart boxes
  await page.locator('#ins-outcomes canvas').waitFor({ timeout: 10000 })
  expect(await page.locator('.ins-chart canvas').count()).toBeGreaterThanOrEqual(3)

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), page.getByText('导出 Excel').click()])
  expect(download.suggestedFilename()).toMatch(/^insights-demo-factory-.*\.xlsx$/)
  const file = await download.path()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(fs.readFileSync(file!) as any)
  const sheet = wb.getWorksheet('课前课后')!
  const rows: unknown[][] = []
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)))
  const row = rows.find((r) => r[0] === item.text['zh-CN'])!
  expect(row[9]).toBe(item.paired.change)
  expect(e2e.cloud.store.docs('export_log').some((e) => e.actorOpenid === 'demo-hr')).toBe(true)
})

test('the demo program officer opens the program view from 暑期托管: both factories, no names', async () => {
  await openAs(page, e2e.cloud.url, 'demo-program', '/#/pages/spaces/index')
  await page.locator('.spaces-home__entry--program').click()
  await page.locator('.ins-table--factories').waitFor({ timeout: 15000 })
  const table = (await page.locator('.ins-table--factories').textContent()) ?? ''
  expect(table).toContain('华南电子厂（演示）')
  expect(table).toContain('东莞制衣厂（演示）')
  const body = (await page.locator('.ins').textContent()) ?? ''
  for (const name of e2e.cloud.store.docs('users').map((u) => String(u.displayName)).filter((n) => n.length >= 2)) expect(body).not.toContain(name)
})
