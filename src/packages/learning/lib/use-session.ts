import { useEffect, useState } from 'react'
import type { Session } from '@/common/learning/content'
import { isCloudError } from '@/services/cloud'
import { loadSession } from '@/services/learning/course'

export type SessionState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; session: Session }

/** The session's content: from the device cache, or one cloud call. */
export function useSession(sessionId: string): [SessionState, () => void] {
  const [state, setState] = useState<SessionState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    loadSession(sessionId)
      .then((session) => live && setState({ status: 'ready', session }))
      .catch((e) => live && setState({ status: 'failed', message: isCloudError(e) || e instanceof Error ? e.message : String(e) }))
    return () => {
      live = false
    }
  }, [sessionId, attempt])
  return [state, () => setAttempt((n) => n + 1)]
}
