// The before/after self-assessment: what an answer may be, how a set of answers is checked,
// scored and paired. Pure: shared by the screen, the `api` function and the impact reports.
//
// Versions: the survey's wording and items change between versions (content/survey.json has
// the current one, content/survey-v1.json the first). A stored response keeps the version it
// was answered in; before/after comparisons only pair answers of the same version.
import { z } from 'zod'
import type { Survey, SurveyScale } from './content'

/** The first version: 7 statements on a 5-point agree scale, every one answered, no "n/a". */
export const SURVEY_V1_ITEM_IDS = ['s1-confidence', 's2-needs', 's3-contact', 's4-listening', 's5-safety', 's6-self-care', 's7-caregivers'] as const

/** One answer: the 1-based position of its label on the item's scale, or "na" (not applicable). */
export const SurveyValueSchema = z.union([z.number().int().min(1).max(5), z.literal('na')])
export type SurveyValue = z.infer<typeof SurveyValueSchema>
export type SurveyAnswers = Record<string, SurveyValue>

export const SCALE_POINTS: Record<SurveyScale, number> = { agree: 5, frequency: 5, 'yes-no': 2 }

type ItemLike = { id: string; scale: SurveyScale; notApplicable?: unknown }

function valueProblem(item: ItemLike, value: SurveyValue): string | null {
  if (value === 'na') return item.notApplicable ? null : `${item.id} has no "not applicable" choice`
  if (!Number.isInteger(value) || value < 1 || value > SCALE_POINTS[item.scale]) return `${item.id}: ${value} is not on its ${item.scale} scale`
  return null
}

/**
 * Why a response cannot be stored for this survey version (or null when it can): every item
 * answered, values on each item's scale, "na" only where offered; the workplace block is
 * optional and each of its items may be left out.
 */
export function surveyAnswersProblem(survey: Pick<Survey, 'statements' | 'workplace'>, answers: SurveyAnswers, workplace?: SurveyAnswers): string | null {
  for (const id of Object.keys(answers)) {
    const item = survey.statements.find((i) => i.id === id)
    if (!item) return `unknown item ${id}`
    const p = valueProblem(item, answers[id])
    if (p) return p
  }
  for (const id of Object.keys(workplace ?? {})) {
    const item = survey.workplace.statements.find((i) => i.id === id)
    if (!item) return `unknown workplace item ${id}`
    const p = valueProblem(item, workplace![id])
    if (p) return p
  }
  return null
}

/** The items of the survey left unanswered (the response is incomplete). */
export function unansweredItems(survey: Pick<Survey, 'statements'>, answers: SurveyAnswers): string[] {
  return survey.statements.filter((i) => !(i.id in answers)).map((i) => i.id)
}

/** The same check for a first-version response (still accepted from devices that queued one). */
export function v1AnswersProblem(answers: SurveyAnswers): string | null {
  for (const [id, v] of Object.entries(answers)) {
    if (!(SURVEY_V1_ITEM_IDS as readonly string[]).includes(id)) return `unknown item ${id}`
    if (v === 'na') return `${id} has no "not applicable" choice`
  }
  const missing = SURVEY_V1_ITEM_IDS.filter((id) => !(id in answers))
  return missing.length ? `unanswered: ${missing.join(',')}` : null
}

/**
 * An answer as a score where higher is always the better outcome: reverse-worded items count
 * backwards (on 5 points, 1 ↔ 5); "na" and missing answers give null (left out of means).
 */
export function scoreAnswer(item: { scale: SurveyScale; reversed?: boolean }, value: SurveyValue | undefined): number | null {
  if (value === undefined || value === 'na') return null
  return item.reversed ? SCALE_POINTS[item.scale] + 1 - value : value
}

/** A stored response as reports read it (learning_surveys; the same shape for every version). */
export interface SurveyResponse {
  openid: string
  factoryId: string
  phase: 'pre' | 'post'
  /** the survey version it was answered in */
  version: number
  answers: SurveyAnswers
  /** the optional workplace block (version 2 on); absent when skipped */
  workplace?: SurveyAnswers
  submittedAt: Date | string
}

export interface SurveyPair<R extends SurveyResponse = SurveyResponse> {
  openid: string
  factoryId: string
  version: number
  pre: R
  post: R
}

const time = (r: SurveyResponse) => new Date(r.submittedAt).getTime()

/**
 * Pairs each worker's before and after responses of the SAME survey version (the earliest
 * "pre" with the latest "post" of that version, the post not before the pre). Everything
 * else is returned unpaired: a v1 "pre" never pairs with a v2 "post".
 */
export function pairSurveyResponses<R extends SurveyResponse>(responses: readonly R[]): { pairs: SurveyPair<R>[]; unpaired: R[] } {
  const groups = new Map<string, R[]>()
  for (const r of responses) {
    const k = `${r.openid}\u0000${r.version}`
    groups.set(k, [...(groups.get(k) ?? []), r])
  }
  const pairs: SurveyPair<R>[] = []
  const paired = new Set<R>()
  for (const group of groups.values()) {
    const pre = group.filter((r) => r.phase === 'pre').sort((a, b) => time(a) - time(b))[0]
    const post = group.filter((r) => r.phase === 'post').sort((a, b) => time(b) - time(a))[0]
    if (!pre || !post || time(post) < time(pre)) continue
    pairs.push({ openid: pre.openid, factoryId: pre.factoryId, version: pre.version, pre, post })
    paired.add(pre).add(post)
  }
  return { pairs, unpaired: responses.filter((r) => !paired.has(r)) }
}
