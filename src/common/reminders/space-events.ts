// What a WeChat subscribe message says about a summer-space event (pure).
// The inbox line of the event is the spaces domain's notification (kind + params);
// this picks the template kind and fills its values. Status words go into a
// `phrase` keyword, which takes Chinese characters only (≤ 5), so they are Chinese
// for everyone; the hint (`thing`, ≤ 20 characters) is in the family's language.
import { chinaDayStart } from '../spaces/dates'
import type { Notification } from '../spaces/schemas'
import type { MessageKind } from './schemas'

type Lang = 'zh-CN' | 'en'
type Kind = Notification['kind']
type Params = Notification['params']

/** An offer reminder goes out this long before the offer runs out. */
export const OFFER_EXPIRING_BEFORE_MS = 12 * 3600_000
/** "Starts tomorrow" goes out on the day before, at this China time (after the day shift). */
export const SEASON_START_NOTICE_HOUR = 18

export interface SpaceEventPush {
  kind: Extract<MessageKind, 'registration_status' | 'space_offer'>
  values: Record<string, unknown>
}

const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh)

/**
 * The push of an event, or null when the event is not worth a WeChat message
 * (the family cancelled themselves: they know already; other domains' kinds).
 */
export function spaceEventPush(kind: Kind, p: Params, lang: Lang, now: Date): SpaceEventPush | null {
  const status = (word: string, hint: string): SpaceEventPush => ({
    kind: 'registration_status',
    values: { spaceName: p.spaceName ?? '', status: word, hint, updatedAt: now }
  })
  const offer = (hint: string): SpaceEventPush => ({
    kind: 'space_offer',
    values: { spaceName: p.spaceName ?? '', offerExpiresAt: p.offerExpiresAt ?? null, hint }
  })
  const name = p.childGivenName ?? ''
  switch (kind) {
    case 'registration_confirmed':
      return status('报名成功', say(lang, `${name}有名额了`, `${name} has a place`))
    case 'registration_pending':
      return status('待审核', say(lang, '名额已留好，等人事审核', 'Place held, HR will check'))
    case 'registration_waitlisted':
      return status('排队中', say(lang, `排第${p.waitlistPosition ?? '?'}位，有空位会通知您`, `Number ${p.waitlistPosition ?? '?'} on the list`))
    case 'registration_approved':
      return status('审核通过', say(lang, `${name}可以参加了`, `${name} can take part`))
    case 'registration_rejected':
      return status('未通过', p.reason || say(lang, '点开看原因', 'Open to see why'))
    case 'registration_withdrawn':
      return status('未完成', say(lang, '报名没有完成，请重新报名', 'Not completed, register again'))
    case 'offer_expired':
      return status('已过期', say(lang, '没有按时确认，名额已给下一位', 'Not accepted in time'))
    case 'space_cancelled':
      return status('已取消', p.reason || say(lang, '这期活动取消了', 'The season was cancelled'))
    case 'season_starts_tomorrow':
      return status('明天开始', say(lang, '明天开始了，记得按时送孩子', 'Starts tomorrow, be on time'))
    case 'offer_made':
      return offer(say(lang, '有空位了！请按时确认', 'A place is free! Accept in time'))
    case 'offer_expiring':
      return offer(say(lang, '还剩12小时，请尽快确认', '12 hours left to accept'))
    default:
      return null
  }
}

/**
 * The unique key of one event (one inbox line, at most one push): a registration
 * passes through each status at most once, an offer is told apart by its deadline,
 * a cancelled space tells each family once.
 */
export function spaceEventKey(openid: string, kind: Kind, p: Params): string {
  if (p.registrationId) return `space-event:${p.registrationId}:${kind}${p.offerExpiresAt ? `:${p.offerExpiresAt}` : ''}`
  return `space-event:${p.spaceId ?? '-'}:${kind}:${openid}`
}

/** When to remind of an open offer, or null when the offer is too short for a reminder. */
export function offerExpiringAt(offeredAt: Date, expiresAt: Date): Date | null {
  const at = new Date(expiresAt.getTime() - OFFER_EXPIRING_BEFORE_MS)
  return at.getTime() > offeredAt.getTime() ? at : null
}

/** 18:00 China time on the day before a season's first day ('YYYY-MM-DD'). */
export function seasonStartNoticeAt(startDate: string): Date {
  return new Date(chinaDayStart(startDate).getTime() - (24 - SEASON_START_NOTICE_HOUR) * 3600_000)
}
