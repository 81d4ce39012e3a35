// Pure quiz grading, shared by the app (immediate feedback, offline) and the `api` function
// (which re-grades against its own copy of the content: its record is the authority).
import type { Session } from './content'

/** Pass mark: at least two thirds of the questions right (2 of 3, 3 of 4, 4 of 5). */
export function passMark(total: number): number {
  return Math.ceil((total * 2) / 3)
}

export interface QuestionGrade {
  questionId: string
  chosen: string
  correctOptionId: string
  correct: boolean
}

export interface QuizGrade {
  score: number
  total: number
  passMark: number
  passed: boolean
  questions: QuestionGrade[]
}

export type Answers = Record<string, string>

/** Why a set of answers cannot be graded against a session (or null when it can). */
export function answersProblem(session: Pick<Session, 'quiz'>, answers: Answers): string | null {
  const ids = Object.keys(answers)
  for (const id of ids) {
    const q = session.quiz.find((x) => x.id === id)
    if (!q) return `unknown question ${id}`
    if (!q.options.some((o) => o.id === answers[id])) return `unknown option ${answers[id]} for ${id}`
  }
  const missing = session.quiz.filter((q) => !(q.id in answers))
  if (missing.length) return `unanswered: ${missing.map((q) => q.id).join(',')}`
  return null
}

/** Grades a complete, valid set of answers (check with `answersProblem` first). */
export function gradeQuiz(session: Pick<Session, 'quiz'>, answers: Answers): QuizGrade {
  const questions = session.quiz.map((q) => {
    const correctOptionId = q.options.find((o) => o.correct)!.id
    const chosen = answers[q.id]
    return { questionId: q.id, chosen, correctOptionId, correct: chosen === correctOptionId }
  })
  const score = questions.filter((q) => q.correct).length
  const total = session.quiz.length
  return { score, total, passMark: passMark(total), passed: score >= passMark(total), questions }
}
