// Display helpers of the reminders screens (need the translator).
import type { Call, CallMood } from '@/common/reminders/schemas'
import type { Key, T } from './i18n'
import { chinaParts, whenParts } from './when'

export function sayWhen(t: T, date: string, time: string): string {
  const p = whenParts(date, time)
  if (p.kind !== 'date') return t(p.kind === 'today' ? 'reminders.when.today' : 'reminders.when.tomorrow', { time: p.time })
  return t('reminders.when.date', {
    month: p.month,
    monthName: p.monthName,
    day: p.day,
    weekday: t(`reminders.weekday.${p.weekday}` as Key),
    time: p.time
  })
}

export function sayInstant(t: T, iso: string): string {
  const p = chinaParts(iso)
  return p ? sayWhen(t, p.date, p.time) : iso
}

export function callWhen(t: T, call: Pick<Call, 'date' | 'time'>): string {
  return sayWhen(t, call.date, call.time)
}

export const MOOD_FACE: Record<CallMood, string> = { good: '😊', okay: '😐', hard: '😟' }

export function moodLabel(t: T, mood: CallMood): string {
  return `${MOOD_FACE[mood]} ${t(`reminders.feedback.${mood}` as Key)}`
}
