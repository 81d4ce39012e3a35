// A worker takes the pre-survey, finishes session 1 with its quiz, reloads, and sees session 1
// done and session 2 next. Then the network is cut mid-quiz: the answers wait on the phone
// (across a reload), go up when the network returns, and exactly one result is recorded.
import fs from 'fs'
import path from 'path'
import type { Page } from 'playwright-core'
import { optionOrder } from '../../src/common/learning/option-order'
import { until, type E2E, startE2EForFile } from './harness'

interface Q {
  id: string
  options: { id: string; correct: boolean }[]
}
const course = JSON.parse(fs.readFileSync(path.join(__dirname, '../../build/content/course.json'), 'utf8')) as {
  sessions: { id: string; cards: unknown[]; quiz: Q[] }[]
}
const [s1, s2] = course.sessions
const correct = (q: Q) => q.options.find((o) => o.correct)!.id

let e2e: E2E
let page: Page
const results = (sessionId: string) => e2e.cloud.store.docs('learning_quiz_results').filter((d) => d.openid === 'demo-worker' && d.sessionId === sessionId)
const sessionRow = (id: string) => page.locator(`.learn__session[data-session="${id}"]`)

startE2EForFile((e, p) => {
  e2e = e
  page = p
})

async function readCards(count: number) {
  for (let i = 1; i < count; i++) {
    await page.locator('.lesson__count').filter({ hasText: `第 ${i} / ${count} 张` }).waitFor()
    await page.locator('.lesson__next').click()
  }
  await page.locator('.lesson__to-quiz').click()
}

async function answer(q: Q, optionId: string) {
  await page.locator(`.quiz__card[data-question="${q.id}"]`).waitFor()
  await page.locator(`.quiz__option[data-option="${optionId}"]`).click()
  await page.locator('.quiz__feedback').waitFor()
  await page.locator('.quiz__next').click()
}

test('pre-survey, session 1 and its quiz, reload: session 1 done, session 2 next', async () => {
  await page.goto(`${e2e.cloud.url}/`)
  await page.locator('.dev-sign-in__identity[data-openid="demo-worker"]').click({ timeout: 20000 })
  await page.locator('.me__name').filter({ hasText: '李秀英' }).waitFor()
  await page.locator('.weui-tabbar__label', { hasText: /^学习$/ }).click()

  // Before session 1: the self-assessment is offered.
  await page.locator('.learn__survey--pre').waitFor()
  await page.locator('.learn__survey-go').click()
  const statements = page.locator('.survey__statement')
  await statements.first().waitFor()
  const n = await statements.count()
  for (let i = 0; i < n; i++) await statements.nth(i).locator('.survey__option[data-value="4"]').click()
  // Grandparents do not look after every child: "not applicable" replaces the answer.
  await page.locator('.survey__statement[data-statement="calls-caregivers"] .survey__option[data-value="na"]').click()
  // The workplace block is optional: one answered, one answered then taken back, one left out.
  await page.locator('.survey__work-item[data-item="work-stay-2-years"] .survey__option[data-value="5"]').click()
  const cares = page.locator('.survey__work-item[data-item="work-management-cares"] .survey__option[data-value="2"]')
  await cares.click()
  await cares.click()
  await page.screenshot({ path: 'build/test-results/e2e-learning-survey.png', fullPage: true })
  await page.locator('.survey__submit').click()
  await page.locator('.survey__thanks').waitFor()
  await until(() => e2e.cloud.store.docs('learning_surveys').length === 1)
  const stored = e2e.cloud.store.docs('learning_surveys')[0]
  expect(stored).toMatchObject({ openid: 'demo-worker', phase: 'pre', factoryId: 'demo-factory', version: 2, workplace: { 'work-stay-2-years': 5 } })
  expect(Object.keys(stored.workplace as object)).toEqual(['work-stay-2-years'])
  expect(Object.keys(stored.answers as object)).toHaveLength(n)
  expect((stored.answers as Record<string, unknown>)['calls-caregivers']).toBe('na')

  // Session 1: every card, then the quiz, one question at a time, all right.
  await page.locator('.survey__start').click()
  await readCards(s1.cards.length)
  // Options appear in this learner's own order (seeded by the server's learner key), not the file's.
  await page.locator(`.quiz__card[data-question="${s1.quiz[0].id}"]`).waitFor()
  const learnerKey = await page.evaluate(() => JSON.parse(localStorage.getItem('fb.learning.learnerKey') || '{"data":""}').data as string)
  expect(learnerKey).toMatch(/^[0-9a-f]{16}$/)
  for (const q of s1.quiz) {
    await page.locator(`.quiz__card[data-question="${q.id}"]`).waitFor()
    const shown = await page.locator('.quiz__option').evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''))
    expect(shown).toEqual(optionOrder(q.options, learnerKey, q.id).map((o) => o.id))
    await answer(q, correct(q))
  }
  await page.locator('.quiz__result--passed').waitFor()
  await page.locator('.quiz__synced').waitFor()
  expect(results(s1.id)).toHaveLength(1)
  expect(results(s1.id)[0]).toMatchObject({ score: s1.quiz.length, passed: true })
  // H5 has no WeChat subscribe popup: no "remind me next week" button after passing.
  expect(await page.locator('.quiz__nudge-ask').count()).toBe(0)

  // Back to the course, then a full reload: the server's record says session 1 is done.
  await page.locator('.quiz__back').click()
  await page.reload()
  await sessionRow(s1.id).locator('.learn__badge--done').waitFor()
  await sessionRow(s2.id).locator('.learn__badge--next').waitFor()
  expect(await page.locator('.learn__survey--pre').count()).toBe(0)
  await page.screenshot({ path: 'build/test-results/e2e-learning-map.png' })
})

test('network cut mid-quiz: answers wait on the phone across a reload, then exactly one result is recorded', async () => {
  await page.locator('.learn__continue').click()
  await readCards(s2.cards.length)

  // First question online, then the network goes.
  await answer(s2.quiz[0], correct(s2.quiz[0]))
  await page.route('**/__cloud/**', (r) => r.abort())
  for (const q of s2.quiz.slice(1)) await answer(q, correct(q))
  await page.locator('.quiz__result--passed').waitFor()
  await page.locator('.quiz__offline').waitFor()
  expect(results(s2.id)).toHaveLength(0)

  // The app restarts while still offline: the answers are still on the phone.
  await page.goto(`${e2e.cloud.url}/#/pages/learn/index`)
  await page.reload()
  await page.locator('.learn__offline').waitFor()
  await sessionRow(s2.id).locator('.learn__badge--done').waitFor() // the device's own view
  const queued = await page.evaluate(() => JSON.parse(localStorage.getItem('fb.learning.queue') || '{"data":[]}').data)
  expect(queued.filter((op: { kind: string }) => op.kind === 'quiz')).toHaveLength(1)
  expect(results(s2.id)).toHaveLength(0)

  // Network back: the next load sends the queue; one record, kept one after more syncs.
  await page.unroute('**/__cloud/**')
  await page.reload()
  await until(() => results(s2.id).length === 1, 10000)
  expect(results(s2.id)).toHaveLength(1)
  expect(results(s2.id)[0]).toMatchObject({ passed: true, score: s2.quiz.length })
  await page.locator('.learn__pending').waitFor({ state: 'detached' }).catch(() => undefined)
  await page.reload()
  await sessionRow(s2.id).locator('.learn__badge--done').waitFor()
  await until(() => false, 1000)
  expect(results(s2.id)).toHaveLength(1)
  expect(e2e.cloud.store.get('learning_progress', `demo-worker:${s2.id}`)?.doc).toMatchObject({ passed: true })
})
