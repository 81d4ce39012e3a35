// The one adapter over WeChat's content security API (security.msgSecCheck,
// version 2). Every text a second person will see is checked here before it is
// stored: `risky` refuses the whole write (CONTENT_RISKY, naming the fields),
// `review` lets it through and says which fields to mark, `pass` is silent.
//
// When the check itself fails (system busy -1, quota, a timeout, a missing
// permission) we fail closed with CONTENT_CHECK_UNAVAILABLE and store nothing:
// review requires that user text shown to others is checked, a notice is
// pushed to a whole factory and cannot be taken back, and the user keeps the
// form and can simply retry (the error says so). Failing open would publish
// exactly the text the check exists for whenever WeChat is slow.
import { _, cloud } from './cloud'
import { CHECK_TIMEOUT_MS, outcomeOf, pieces, verdictOf, type CheckOutcome, type ModerationMark, type Scene, type TextCheck, type Verdict } from './content-verdict'

export { nextMark, SCENE, type ModerationMark, type Scene, type TextCheck, type Verdict } from './content-verdict'

async function checkOne(openid: string, scene: Scene, content: string): Promise<CheckOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ failed: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS)
  })
  const call = cloud.openapi.security
    .msgSecCheck({ openid, scene, version: 2, content } as never)
    .then(
      (resolved: unknown) => outcomeOf({ resolved }),
      (thrown: unknown) => outcomeOf({ thrown: thrown ?? 'rejected' })
    )
  try {
    return await Promise.race([call, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Checks the texts of one write as the given user (the caller of this invocation: msgSecCheck v2
 * needs the openid of a user who opened the app in the last two hours, which the author has).
 * Empty or missing texts are skipped. Throws CONTENT_RISKY or CONTENT_CHECK_UNAVAILABLE;
 * resolves with the fields to mark for review.
 */
export async function checkTexts(openid: string, texts: TextCheck[]): Promise<Verdict> {
  const jobs: { field: string; scene: Scene; content: string }[] = []
  const seen = new Set<string>()
  for (const t of texts) {
    if (!t.text) continue
    for (const content of pieces(t.text)) {
      const key = `${t.field}\u0000${t.scene}\u0000${content}`
      if (seen.has(key)) continue
      seen.add(key)
      jobs.push({ field: t.field, scene: t.scene, content })
    }
  }
  if (!jobs.length) return { review: [] }
  // the same text in the same scene is asked once (e.g. one person named twice)
  const byText = new Map<string, Promise<CheckOutcome>>()
  const outcomes = await Promise.all(
    jobs.map(async (j) => {
      const key = `${j.scene}\u0000${j.content}`
      if (!byText.has(key)) byText.set(key, checkOne(openid, j.scene, j.content))
      return { field: j.field, outcome: await byText.get(key)! }
    })
  )
  return verdictOf(outcomes)
}

/** The update that stores a mark, or removes the old one. */
export function markUpdate(mark: ModerationMark | null): { moderation: ModerationMark | ReturnType<typeof _.remove> } {
  return { moderation: mark ?? _.remove() }
}

/** What result views show: 'review' while a mark is stored (HR lists can show or filter on it). */
export function moderationView(mark: ModerationMark | null | undefined): { moderation?: 'review' } {
  return mark?.state === 'review' ? { moderation: 'review' } : {}
}
