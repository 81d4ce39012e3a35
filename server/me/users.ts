// The users collection: one record per OPENID.
import { DEFAULT_LANG, type Lang } from '../../src/common/lang'
import type { UserRecord } from '../core/action'
import { byId, byIds, db } from '../core/cloud'
import { markUpdate, type ModerationMark } from '../core/content-security'

const users = db.collection('users')

const findUser = (openid: string) => byId<UserRecord>(users, openid)

const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : DEFAULT_LANG)

/** The language each person chose for messages (the default for unknown people): one read for all. */
export async function languagesOf(openids: string[]): Promise<Map<string, Lang>> {
  const found = await byIds<{ _id: string; language?: string }>(users, [...new Set(openids)], { _id: true, language: true })
  const chosen = new Map(found.map((u) => [u._id, langOf(u.language)]))
  return new Map(openids.map((id) => [id, chosen.get(id) ?? DEFAULT_LANG]))
}

export async function languageOf(openid: string): Promise<Lang> {
  return (await languagesOf([openid])).get(openid)!
}

/** Returns the caller's record, creating it on first contact (idempotent under retries). */
export async function ensureUser(openid: string, lang: Lang | undefined): Promise<UserRecord> {
  const existing = await findUser(openid)
  if (existing) return existing
  const now = new Date()
  const fresh: UserRecord = { _id: openid, displayName: '', language: lang ?? DEFAULT_LANG, roles: [], createdAt: now, updatedAt: now }
  try {
    const { _id, ...rest } = fresh
    await users.add({ data: { _id, ...rest } })
    return fresh
  } catch (e) {
    // Two first calls at once: the other one created it; read theirs.
    const raced = await findUser(openid)
    if (raced) return raced
    throw e
  }
}

/**
 * Applies a patch to the caller's record; returns the record as now stored (no re-read).
 * `mark`: the display name's content-check mark after this write (undefined = unchanged).
 */
export async function updateUser(
  user: UserRecord,
  patch: Partial<Pick<UserRecord, 'language' | 'displayName'>>,
  mark?: ModerationMark | null
): Promise<UserRecord> {
  const change = { ...patch, updatedAt: new Date() }
  await users.doc(user._id).update({ data: { ...change, ...(mark !== undefined ? markUpdate(mark) : {}) } })
  return { ...user, ...change, ...(mark !== undefined ? { moderation: mark } : {}) }
}
