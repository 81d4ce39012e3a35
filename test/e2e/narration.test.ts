// Narration in the browser (H5): a lesson card's text is spoken through speechSynthesis (recorded
// by an init script standing in for the browser's voice) at the chosen speed; with "read the next
// card automatically" the end of one card moves to the next and reads it; quiz options are heard.
import fs from 'fs'
import path from 'path'
import type { Page } from 'playwright-core'
import { until, type E2E, startE2EForFile } from './harness'

type L = { 'zh-CN': string; en: string }
const course = JSON.parse(fs.readFileSync(path.join(__dirname, '../../build/content/course.json'), 'utf8')) as {
  sessions: { id: string; cards: { title: L; body: L }[]; quiz: { id: string; prompt: L; options: { id: string; text: L }[] }[] }[]
}
const [s1] = course.sessions
const cardText = (i: number) => `${s1.cards[i].title['zh-CN']}。${s1.cards[i].body['zh-CN']}`

let e2e: E2E
let page: Page
type Spoken = { text: string; lang: string; rate: number }
const spoken = () => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken)

startE2EForFile((e, p) => {
  e2e = e
  page = p
})
beforeAll(async () => {
  await page.addInitScript(() => {
    // The browser's voice, recorded: each utterance starts at once and ends when the test says so.
    const w = window as unknown as { __spoken: Spoken[]; __finish: () => void; speechSynthesis: unknown }
    w.__spoken = []
    let current: SpeechSynthesisUtterance | null = null
    const fake = {
      speak(u: SpeechSynthesisUtterance) {
        current = u
        w.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate })
        setTimeout(() => current === u && u.onstart?.call(u, new Event('start') as SpeechSynthesisEvent), 10)
      },
      cancel() {
        current = null
      },
      pause() {},
      resume() {},
      getVoices: () => []
    }
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true })
    w.__finish = () => {
      const u = current
      current = null
      u?.onend?.call(u, new Event('end') as SpeechSynthesisEvent)
    }
  })
})

test('a lesson card is read aloud at the chosen speed, and "read the next card" moves on and reads it', async () => {
  await page.goto(`${e2e.cloud.url}/`)
  await page.evaluate(() => window.localStorage.setItem('fb.dev.openid', 'demo-worker'))
  await page.goto(`${e2e.cloud.url}/#/packages/learning/pages/lesson/index?session=${s1.id}&card=0`)
  await page.reload()

  const listen = page.locator('.narrate__button')
  await listen.filter({ hasText: '🔊 读给我听' }).waitFor({ timeout: 20000 })
  await listen.click()
  await listen.filter({ hasText: '⏸ 暂停' }).waitFor()
  expect(await spoken()).toEqual([{ text: cardText(0), lang: 'zh-CN', rate: 1 }])
  // pause, then on at a slower speed (applies when the card is read again)
  await listen.click()
  await listen.filter({ hasText: '▶ 继续听' }).waitFor()

  await page.locator('.narrate__rate', { hasText: '1.25x' }).click()
  await page.locator('.narrate__rate--on', { hasText: '1.25x' }).waitFor()
  await page.locator('.narrate__auto').click()
  await page.locator('.narrate__auto--on').filter({ hasText: '读完自动读下一张：开' }).waitFor()
  await page.locator('.lesson__next').click()
  await page.locator('.lesson__count').filter({ hasText: `第 2 / ${s1.cards.length} 张` }).waitFor()
  await listen.click()
  await until(() => false, 100)
  expect((await spoken())[1]).toEqual({ text: cardText(1), lang: 'zh-CN', rate: 1.25 })

  // the end of card 2: card 3 is shown and read without a tap
  await page.evaluate(() => (window as unknown as { __finish: () => void }).__finish())
  await page.locator('.lesson__count').filter({ hasText: `第 3 / ${s1.cards.length} 张` }).waitFor()
  await listen.filter({ hasText: '⏸ 暂停' }).waitFor()
  expect((await spoken())[2]).toEqual({ text: cardText(2), lang: 'zh-CN', rate: 1.25 })
  await page.screenshot({ path: 'build/test-results/e2e-narration-lesson.png', fullPage: true })

  // the choices survive a reload (kept on the device)
  await page.reload()
  await page.locator('.narrate__rate--on', { hasText: '1.25x' }).waitFor({ timeout: 20000 })
  await page.locator('.narrate__auto--on').waitFor()
})

test('a quiz question and each of its options can be heard', async () => {
  await page.goto(`${e2e.cloud.url}/#/packages/learning/pages/quiz/index?session=${s1.id}`)
  const q = s1.quiz[0]
  await page.locator(`.quiz__card[data-question="${q.id}"]`).waitFor({ timeout: 20000 })
  const before = (await spoken()).length
  await page.locator('.narrate__button').first().click()
  await until(() => false, 100)
  const opt = q.options[1]
  await page.locator('.narrate__row', { has: page.locator(`.quiz__option[data-option="${opt.id}"]`) }).locator('.narrate__button').click()
  await until(() => false, 100)
  const heard = (await spoken()).slice(before).map((s) => s.text)
  expect(heard).toEqual([q.prompt['zh-CN'], opt.text['zh-CN']])
})
