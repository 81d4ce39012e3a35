// The app's view of the course: the server's overview merged with what this device knows
// (progress made offline, surveys answered offline). Content is cached on the device.
import type { Overview } from '@/common/learning/actions'
import type { Session } from '@/common/learning/content'
import { courseStatus, mergeProgress, type CourseStatus, type ProgressMap } from '@/common/learning/progress'
import { callAction, isCloudError } from '@/services/cloud'
import { flushQueue, queueOp } from './sync'
import {
  noteProgress,
  readCachedOverview,
  readCachedSession,
  readLearnerKey,
  readLocalProgress,
  readSurveyDone,
  writeCachedOverview,
  writeCachedSession,
  writeLearnerKey
} from './storage'

export interface CourseView {
  overview: Overview
  progress: ProgressMap
  status: CourseStatus
  survey: { pre: boolean; post: boolean }
  /** shown from the device cache because the network failed */
  offline: boolean
}

export function viewOf(overview: Overview, offline: boolean): CourseView {
  const progress = mergeProgress(overview.progress, readLocalProgress())
  const local = readSurveyDone()
  return {
    overview,
    progress,
    status: courseStatus(overview.course, progress),
    survey: { pre: overview.survey.pre || local.pre, post: overview.survey.post || local.post },
    offline
  }
}

const isNetwork = (e: unknown) => isCloudError(e) && e.code === 'NETWORK'

/** One cloud call; falls back to the cached overview when offline. */
export async function loadCourse(): Promise<CourseView> {
  try {
    const overview = await callAction('learning.overview', {})
    writeCachedOverview(overview)
    void flushQueue() // the network is back: send what waited
    return viewOf(overview, false)
  } catch (e) {
    const cached = readCachedOverview()
    if (cached && isNetwork(e)) return viewOf(cached, true)
    throw e
  }
}

/** From the device when cached for the current content; otherwise one cloud call. */
export async function loadSession(sessionId: string): Promise<Session> {
  const cached = readCachedSession(sessionId)
  const version = readCachedOverview()?.course.contentVersion
  // Without the learner key (a cache from before it existed) the quiz order would change once it came.
  if (cached && cached.version === version && readLearnerKey() !== undefined) return cached.session
  try {
    const { contentVersion, session, learnerKey } = await callAction('learning.session.get', { sessionId })
    writeCachedSession({ version: contentVersion, session })
    writeLearnerKey(learnerKey)
    return session
  } catch (e) {
    if (cached && isNetwork(e)) return cached.session
    throw e
  }
}

/** Remembers the card on the device at once, and queues it for the server. */
export function saveCard(sessionId: string, card: number): void {
  noteProgress({ sessionId, card, passed: false, bestScore: 0, updatedAt: new Date().toISOString() })
  queueOp({ kind: 'progress', payload: { sessionId, card } })
  void flushQueue()
}
