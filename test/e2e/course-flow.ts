// Steps of the course as a person takes them in the browser, shared by the browser tests that
// go through a session (from the built course: build/content/course.json).
import fs from 'fs'
import path from 'path'
import type { Page } from 'playwright-core'
import { visible } from './harness'

export interface CourseQuestion {
  id: string
  options: { id: string; correct: boolean }[]
}
export interface CourseSession {
  id: string
  cards: unknown[]
  quiz: CourseQuestion[]
}

export const builtCourse = (): { sessions: CourseSession[]; tips: { id: string; title: Record<string, string>; body: Record<string, string> }[] } =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../build/content/course.json'), 'utf8'))

/** From the lesson player's first card: every card, then the quiz with every answer right. */
export async function passSession(page: Page, session: CourseSession): Promise<void> {
  // Taro H5 keeps earlier pages in the DOM (hidden): only what is on screen
  const shown = (selector: string) => visible(page, selector)
  for (let i = 1; i < session.cards.length; i++) {
    await shown('.lesson__count').filter({ hasText: `第 ${i} / ${session.cards.length} 张` }).waitFor()
    await shown('.lesson__next').click()
  }
  await shown('.lesson__to-quiz').click()
  for (const q of session.quiz) {
    await shown(`.quiz__card[data-question="${q.id}"]`).waitFor()
    await shown(`.quiz__option[data-option="${q.options.find((o) => o.correct)!.id}"]`).click()
    await shown('.quiz__feedback').waitFor()
    await shown('.quiz__next').click()
  }
  await shown('.quiz__result--passed').waitFor()
}
