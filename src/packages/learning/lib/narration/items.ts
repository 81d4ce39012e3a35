// What each piece of the course says when narrated, and where a session's recordings come from.
import type { Lang } from '@/common/lang'
import type { Session } from '@/common/learning/content'
import { callAction } from '@/services/cloud'
import type { NarrationItem } from './narrator'
import type { LocateAudio } from './sources'

/** A lesson card: its title and body (the last card also its "try this" practice). */
export function cardNarration(s: Session, index: number, lang: Lang): NarrationItem {
  const card = s.cards[index]
  const practice = index === s.cards.length - 1 ? ` ${s.practice.title[lang]}。${s.practice.body[lang]}` : ''
  return { id: `card:${card.id}`, text: `${card.title[lang]}。${card.body[lang]}${practice}`, lang, audio: `${s.id}/${card.id}` }
}

/**
 * The session's recordings (by card id) as temporary URLs: asked for once per page, on the first
 * tap of a card's listen button, never on opening the lesson.
 */
export function sessionAudio(sessionId: string): LocateAudio {
  let files: Promise<Record<string, { url: string; v: string }>> | null = null
  return async (path) => {
    files ??= callAction('learning.audio.get', { sessionId }).then((r) => r.files)
    const got = await files.catch((e) => {
      files = null // offline now: ask again next time
      throw e
    })
    return got[path.slice(path.indexOf('/') + 1)] ?? null
  }
}
