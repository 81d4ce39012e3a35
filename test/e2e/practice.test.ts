// The weekly practice loop in the browser (H5 build, real functions on the local cloud): a worker
// finishes a session's quiz and takes on its practice for today; the day goes by (the stored day
// is moved back: the local cloud has no clock to turn); the next visit to the Learn tab asks "did
// you try it?"; "not yet" → what got in the way → an encouraging word and a matching tip, stored once.
import fs from 'fs'
import path from 'path'
import type { Page } from 'playwright-core'
import { openAs, type E2E, startE2EForFile } from './harness'

interface Q {
  id: string
  options: { id: string; correct: boolean }[]
}
const course = JSON.parse(fs.readFileSync(path.join(__dirname, '../../build/content/course.json'), 'utf8')) as {
  sessions: { id: string; quiz: Q[]; practice: { title: Record<string, string> } }[]
  tips: { id: string; barriers?: string[]; title: Record<string, string> }[]
}
const s1 = course.sessions[0]
const WHO = 'demo-worker'
const chinaDay = (offset = 0) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)

let e2e: E2E
let page: Page
const practices = () => e2e.cloud.store.docs('practice_commitments').filter((d: any) => d.openid === WHO) as any[]

startE2EForFile((e, p) => {
  e2e = e
  page = p
})

test('take on the practice → the day goes by → "did you try it?" → not yet, no time → a word and a tip', async () => {
  await openAs(page, e2e.cloud.url, WHO, `/#/packages/learning/pages/quiz/index?session=${s1.id}`)
  for (const q of s1.quiz) {
    await page.locator(`.quiz__card[data-question="${q.id}"]`).waitFor({ timeout: 20000 })
    await page.locator(`.quiz__option[data-option="${q.options.find((o) => o.correct)!.id}"]`).click()
    await page.locator('.quiz__next').click()
  }
  // At the end of the session: its practice, today and the next 6 days, or this week.
  const card = page.locator('.practice-commit')
  await card.waitFor()
  await page.locator('.practice__title').filter({ hasText: s1.practice.title['zh-CN'] }).waitFor()
  expect(await page.locator('.practice__choice').count()).toBe(8)
  await page.locator(`.practice__choice[data-day="${chinaDay(0)}"]`).click()
  await page.locator('.practice-commit__saved').waitFor()
  expect(practices()).toEqual([expect.objectContaining({ sessionId: s1.id, day: chinaDay(0), status: 'open', answer: null })])

  // The day goes by.
  const [p] = practices()
  e2e.cloud.store.commit([{ coll: 'practice_commitments', id: p._id, doc: { ...p, day: chinaDay(-1) } }])

  // The next visit: the Learn tab asks.
  await page.goto(`${e2e.cloud.url}/#/pages/learn/index`)
  await page.reload()
  await page.locator('.practice-card__ask').filter({ hasText: '您试了吗？' }).waitFor({ timeout: 20000 })
  await page.locator('.practice-card__what').filter({ hasText: s1.practice.title['zh-CN'] }).waitFor()
  await page.locator('.practice-card__answer[data-answer="not-yet"]').click()

  await page.locator('.practice__barrier[data-barrier="no-time"]').click({ timeout: 20000 })
  await page.locator('.practice__word').filter({ hasText: '没关系，下周再试一次' }).waitFor()
  const tipTitle = (await page.locator('.practice__tip .practice__title').textContent())!.trim()
  const tip = course.tips.find((t) => t.title['zh-CN'] === tipTitle)
  expect(tip?.barriers).toContain('no-time')
  expect(practices()).toEqual([expect.objectContaining({ status: 'done', answer: 'not-yet', barrier: 'no-time', tipId: tip!.id })])

  // Back on the Learn tab: nothing left to ask.
  await page.locator('.practice__back').click()
  await page.locator('.learn__module').first().waitFor({ timeout: 20000 })
  await page.locator('.practice-card__ask').waitFor({ state: 'detached' })
  expect(practices()).toHaveLength(1)
})
