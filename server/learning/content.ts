// The server's own copy of the course: quizzes are re-graded against it, sessions served from it.
import course from '@course-content'
import type { Localized, Session } from '../../src/common/learning/content'
import type { CourseMap } from '../../src/common/learning/actions'
import type { CourseShape } from '../../src/common/learning/progress'

export const COURSE = course

export const COURSE_TITLE: Localized = { 'zh-CN': '打工父母课堂：相隔千里，爱不缺席', en: 'Parents at work: distance without separation' }

const byId = new Map(course.sessions.map((s) => [s.id, s]))

export function findSession(id: string): Session | undefined {
  return byId.get(id)
}

/** Modules with their sessions (titles and sizes only): what the Learn tab draws. */
export const COURSE_MAP: CourseMap = {
  contentVersion: course.version,
  modules: course.modules.map((m) => ({
    number: m.number,
    emoji: m.emoji,
    title: m.title,
    sessions: course.sessions
      .filter((s) => s.module === m.number)
      .map((s) => ({ id: s.id, number: s.number, title: s.title, minutes: s.minutes, cards: s.cards.length, questions: s.quiz.length }))
  }))
}

export const COURSE_SHAPE: CourseShape = COURSE_MAP
