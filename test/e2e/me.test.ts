// A newcomer opens the H5 app, signs in as the demo worker, sees 我的 with
// their name, switches to English, and finds English again after a reload.
import type { Page } from 'playwright-core'
import { until, type E2E, startE2EForFile } from './harness'

let e2e: E2E
let page: Page

startE2EForFile((e, p) => {
  e2e = e
  page = p
})

test('sign in as the demo worker, see 我的 with the name, switch to English', async () => {
  await page.goto(`${e2e.cloud.url}/`)

  // A newcomer sees the dev sign-in with the seeded identities.
  const worker = page.locator('.dev-sign-in__identity[data-openid="demo-worker"]')
  await worker.waitFor({ timeout: 20000 })
  await worker.click()

  // 我的 shows the worker's own profile, in Chinese.
  await page.locator('.me__name').filter({ hasText: '李秀英' }).waitFor()
  await page.getByText('华南电子厂（演示）').first().waitFor()
  await page.locator('.weui-tabbar__label', { hasText: /^我的$/ }).waitFor()

  // Switch to English: the UI changes at once and the choice is saved on the server.
  await page.locator('.me__lang-switch [data-lang="en"]').click()
  await page.locator('.weui-tabbar__label', { hasText: /^Me$/ }).waitFor()
  await page.getByText('South China Electronics (demo)').first().waitFor()
  await until(() => e2e.cloud.store.get('users', 'demo-worker')?.doc.language === 'en')
  expect(e2e.cloud.store.get('users', 'demo-worker')?.doc.language).toBe('en')

  // After a reload the app is still in English, still signed in.
  await page.reload()
  await page.locator('.me__name').filter({ hasText: '李秀英' }).waitFor()
  await page.locator('.weui-tabbar__label', { hasText: /^Me$/ }).waitFor()
  await page.screenshot({ path: 'build/test-results/e2e-me-en.png' })
})
