// What a share to a chat carries: a title and the path that opens the same thing for anyone.
import type { Tip } from '@/common/learning/content'
import type { Lang } from '@/common/lang'
import { learningPage, pageUrl } from './routes'

/** WeChat cuts share titles; a tip's title and the start of its text fit. */
const TITLE_MAX = 60

export const sharedTipPath = (tipId: string) => `${pageUrl(learningPage('shared'))}?tip=${encodeURIComponent(tipId)}`

export function tipShare(tip: Tip, lang: Lang): { title: string; path: string } {
  return { title: `${tip.title[lang]}：${tip.body[lang]}`.slice(0, TITLE_MAX), path: sharedTipPath(tip.id) }
}

export const sharedCardPath = (sessionId: string, card: number) => `${pageUrl(learningPage('shared'))}?session=${encodeURIComponent(sessionId)}&card=${card}`

/** A lesson card: the shared page shows that card to anyone (no sign-in), with the way into the course. */
export function cardShare(sessionId: string, card: number, cardTitle: string, sessionTitle: string): { title: string; path: string } {
  return { title: `${cardTitle} · ${sessionTitle}`.slice(0, TITLE_MAX), path: sharedCardPath(sessionId, card) }
}
