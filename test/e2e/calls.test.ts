// The call planner on the H5 build against the local cloud: a worker plans a weekly call with a
// note from the Connect tab, sees it listed; after the call time the app asks "how did the call
// go?", the worker picks a face and gets a tip; the call is in the history.
import type { Page } from 'playwright-core'
import { openAs, until, type E2E, startE2EForFile, visible } from './harness'

let e2e: E2E
let page: Page

const CONNECT_TAB = '/#/pages/connect/index'
const NOTE = '问问数学考试考得怎么样'

const shown = (selector: string) => visible(page, selector)

/** Confirms a Taro H5 picker at the value its wheel starts at. */
async function confirmPicker(field: string): Promise<void> {
  await shown(`.sp-input--${field}`).click()
  await shown('.weui-picker__action').filter({ hasText: '确定' }).click()
}

startE2EForFile((e, p) => {
  e2e = e
  page = p
})

test('plan a weekly call with a note from the Connect tab', async () => {
  await openAs(page, e2e.cloud.url, 'demo-worker', CONNECT_TAB)
  await shown('.call-entry__next').filter({ hasText: '还没有安排通话' }).waitFor()

  await shown('.call-entry__plan').click()
  // Saving with nothing filled says what is missing and saves nothing.
  await shown('.call-form__save').click()
  await shown('.sp-field__error--withWhom').waitFor()
  expect(e2e.cloud.store.docs('calls')).toHaveLength(0)

  await shown('.call-form__quick-name').filter({ hasText: '儿子' }).click()
  await confirmPicker('date')
  await confirmPicker('time') // the wheels start at a time at least an hour ahead
  await shown('.sp-choice--weekly').click()
  await shown('.sp-input--note textarea').fill(NOTE)
  await shown('.call-form__save').click()

  await shown('.call-saved__done').filter({ hasText: '已安排好' }).waitFor()
  // No WeChat popup on H5: nothing asked, nothing recorded, no error shown.
  expect(await shown('.call-saved__subscribe').count()).toBe(0)
  expect(e2e.cloud.store.docs('subscribe_reports')).toHaveLength(0)
  await until(() => e2e.cloud.store.docs('calls').length > 0)
  expect(e2e.cloud.store.docs('calls')[0]).toMatchObject({ withWhom: '儿子', note: NOTE, repeatWeekly: true })

  await shown('.call-saved__back').click()
  const planned = shown('.call--upcoming').first()
  await planned.filter({ hasText: NOTE }).waitFor()
  await planned.filter({ hasText: '每周这个时间' }).waitFor()
  await page.waitForTimeout(500) // let the page slide-in finish
  await page.screenshot({ path: 'build/test-results/e2e-calls-planned.png', fullPage: true })
})

test('after the call time: "how did the call go?", a face, a tip, and the history', async () => {
  // Move the planned call one hour into the past (as if the evening had passed).
  const calls = e2e.cloud.store.docs('calls') as Array<Record<string, any>>
  const call = calls.sort((a, b) => String(a.date).localeCompare(String(b.date)))[0]
  const past = new Date(Date.now() - 3600_000)
  const china = new Date(past.getTime() + 8 * 3600_000).toISOString()
  e2e.cloud.store.commit([
    {
      coll: 'calls',
      id: call._id,
      doc: { ...call, at: call.at instanceof Date ? past : past.toISOString(), date: china.slice(0, 10), time: china.slice(11, 16) }
    }
  ])

  await page.goto(`${e2e.cloud.url}${CONNECT_TAB}`)
  await page.reload()
  await shown('.call-entry__ask').click()
  await shown('.feedback__face--good').click()
  await shown('.feedback__thanks').waitFor()
  await shown('.feedback__tip .rm-tip__title').waitFor()
  await page.screenshot({ path: 'build/test-results/e2e-calls-feedback.png', fullPage: true })
  await until(() => (e2e.cloud.store.get('calls', call._id)?.doc as any)?.feedback?.mood === 'good')
  expect((e2e.cloud.store.get('calls', call._id)?.doc as any).feedback.mood).toBe('good')

  await page.goto(`${e2e.cloud.url}/#/packages/reminders/pages/call-history/index`)
  await shown('.call--past').filter({ hasText: NOTE }).filter({ hasText: '很好' }).waitFor()
})
