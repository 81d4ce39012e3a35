// HR's home warns when scheduler runs have stopped (reminders and offers are not going out),
// and the warning goes away once a run happens again.
import type { Page } from 'playwright-core'
import { tick } from '../cloud/spaces-fixtures'
import { openAs, type E2E, startE2EForFile, visible } from './harness'

let e2e: E2E
let page: Page
const SPACES_TAB = '/#/pages/spaces/index'
const shown = (selector: string) => visible(page, selector)

async function openSpacesTabAs(openid: string): Promise<void> {
  await openAs(page, e2e.cloud.url, openid, SPACES_TAB)
}

startE2EForFile((e, p) => {
  e2e = e
  page = p
})

test('HR sees that reminders are not going out after 11 minutes without a scheduler run; not after a run', async () => {
  const lastRunAt = new Date(Date.now() - 11 * 60_000)
  e2e.cloud.store.commit([{ coll: 'scheduler_runs', id: 'run-old', doc: { _id: 'run-old', via: 'timer', startedAt: lastRunAt, finishedAt: lastRunAt } }])
  await openSpacesTabAs('demo-hr')
  const warning = shown('.spaces-home__warning')
  await warning.waitFor({ timeout: 15_000 })
  expect(await warning.innerText()).toContain('已经 11 分钟没有运行')

  // the worker's home never shows it
  await openSpacesTabAs('demo-worker')
  await shown('.spaces-home__entry').first().waitFor({ timeout: 15_000 })
  expect(await shown('.spaces-home__warning').count()).toBe(0)

  await tick(e2e.cloud)
  await openSpacesTabAs('demo-hr')
  await shown('.spaces-home__entry').first().waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500) // the status call has answered by now
  expect(await shown('.spaces-home__warning').count()).toBe(0)
})
